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

support-opening = Мне очень жаль, что вам сейчас так тяжело, и хорошо, что вы об этом сказали. Вам не нужно справляться с этим в одиночку.

support-body =
    { $line_state ->
        [open] Прямо сейчас вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } сейчас не работает и снова начнёт работу в { $opens_at }: { support-reach }.{ support-free }
        [unknown] Вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На сайте { $directory } можно найти службу помощи рядом с вами.
           *[no] Если вы скажете, в какой стране находитесь, я найду службу помощи рядом с вами. Её также можно найти на сайте { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] позвоните по номеру { $contact }
        [text] отправьте SMS на номер { $contact }
        [chat] напишите в чат: { $contact }
        [whatsapp] напишите в WhatsApp на номер { $contact }
       *[web] зайдите на сайт { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Это бесплатно.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Если вам угрожает непосредственная опасность, пожалуйста, сразу обратитесь в местную экстренную службу.
       *[other] Если вам угрожает непосредственная опасность, позвоните прямо сейчас по номеру { $emergency }.
    }

support-closing = Может помочь и разговор с человеком, которому вы доверяете. С поддержкой даже такие тяжёлые чувства могут ослабнуть, и вы можете продолжать говорить со мной.

## The question asked when we do not know the person's country.
ask-country = В какой стране вы находитесь? Тогда я смогу подсказать службу помощи рядом с вами.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Телефон: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлайн-чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Бесплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Круглосуточно
        [open] Сейчас работает, до { $closes_at }
        [closed] Сейчас не работает, начнёт в { $opens_at }
       *[unknown] Часы работы не указаны
    }
