### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = واقعاً متأسفم که چنین روزهای سختی را می‌گذرانید، و خوشحالم که از آن گفتید. لازم نیست به تنهایی با این وضعیت روبه‌رو شوید.

support-body =
    { $line_state ->
        [open] همین حالا می‌توانید با { $line_name } در ارتباط باشید: { support-reach }.{ support-free }
        [closed] { $line_name } اکنون بسته است و از ساعت { $opens_at } دوباره پاسخ می‌دهد: { support-reach }.{ support-free }
        [unknown] می‌توانید با { $line_name } در ارتباط باشید: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] می‌توانید در { $directory } یک خط کمک نزدیک خودتان پیدا کنید.
           *[no] اگر بگویید در کدام کشور هستید، می‌توانم یک خط کمک نزدیک شما پیدا کنم. همچنین می‌توانید در { $directory } یکی پیدا کنید.
        }
    }

support-reach =
    { $reach ->
        [call] با شماره { $contact } تماس بگیرید
        [text] به شماره { $contact } پیامک بفرستید
        [chat] از طریق { $contact } گفتگوی آنلاین کنید
        [whatsapp] در واتساپ به شماره { $contact } پیام بدهید
       *[web] به نشانی { $contact } مراجعه کنید
    }

support-free =
    { $free ->
        [yes] {" "}این خدمت رایگان است.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] اگر در خطر فوری هستید، لطفاً همین حالا با خدمات اورژانس محلی تماس بگیرید.
       *[other] اگر در خطر فوری هستید، همین حالا با { $emergency } تماس بگیرید.
    }

support-closing = صحبت با کسی که به او اعتماد دارید هم می‌تواند کمک کند. احساس‌هایی به این سنگینی با حمایت می‌توانند سبک‌تر شوند، و می‌توانید به گفتگو با من ادامه دهید.

## The question asked when we do not know the person's country.
ask-country = در کدام کشور هستید؟ آن‌وقت می‌توانم یک خط کمک نزدیک شما را نشانتان بدهم.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] تماس: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] پیامک: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] گفتگوی آنلاین{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] واتساپ: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] رایگان{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] شبانه‌روزی
        [open] اکنون باز، تا { $closes_at }
        [closed] اکنون بسته، بازگشایی ساعت { $opens_at }
       *[unknown] ساعات کاری ذکر نشده
    }
