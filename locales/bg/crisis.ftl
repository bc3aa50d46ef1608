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

support-opening = Много съжалявам, че преминавате през това, и е хубаво, че го споделихте. Не е нужно да се справяте сами.

support-body =
    { $line_state ->
        [open] Веднага можете да се свържете с { $line_name }: { support-reach }.{ support-free }
        [closed] { $line_name } в момента не работи и отново ще е на разположение от { $opens_at } ч.: { support-reach }.{ support-free }
        [unknown] Можете да се свържете с { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На { $directory } можете да намерите линия за помощ близо до вас.
           *[no] Ако ми кажете в коя държава сте, мога да намеря линия за помощ близо до вас. Можете да намерите такава и на { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] обадете се на { $contact }
        [text] изпратете SMS на { $contact }
        [chat] пишете им в чата на { $contact }
        [whatsapp] пишете им в WhatsApp на { $contact }
       *[web] посетете { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Услугата е безплатна.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте в непосредствена опасност, моля, свържете се веднага с местните спешни служби.
       *[other] Ако сте в непосредствена опасност, обадете се веднага на { $emergency }.
    }

support-closing = Може да помогне и разговор с човек, на когото имате доверие. С подкрепа дори толкова тежки чувства могат да отслабнат, а с мен можете да продължите да говорите.

## The question asked when we do not know the person's country.
ask-country = В коя държава сте? Тогава мога да ви покажа линия за помощ близо до вас.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Обадете се: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлайн чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Безплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Денонощно
        [open] Сега работи, до { $closes_at } ч.
        [closed] Сега не работи, отваря в { $opens_at } ч.
       *[unknown] Работното време не е посочено
    }
