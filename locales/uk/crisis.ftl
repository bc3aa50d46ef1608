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

support-opening = Мені дуже шкода, що вам зараз так важко, і добре, що ви про це сказали. Вам не потрібно долати це наодинці.

support-body =
    { $line_state ->
        [open] Уже зараз ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } зараз не працює і знову почне роботу о { $opens_at }: { support-reach }.{ support-free }
        [unknown] Ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На сайті { $directory } можна знайти службу допомоги поруч із вами.
           *[no] Якщо ви скажете, в якій країні перебуваєте, я знайду службу допомоги поруч із вами. Її також можна знайти на сайті { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] зателефонуйте за номером { $contact }
        [text] надішліть SMS на номер { $contact }
        [chat] напишіть у чат: { $contact }
        [whatsapp] напишіть у WhatsApp на номер { $contact }
       *[web] перейдіть на сайт { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Це безкоштовно.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Якщо вам загрожує безпосередня небезпека, будь ласка, одразу зверніться до місцевих екстрених служб.
       *[other] Якщо вам загрожує безпосередня небезпека, зателефонуйте зараз за номером { $emergency }.
    }

support-closing = Розмова з людиною, якій ви довіряєте, теж може допомогти. З підтримкою навіть такі важкі почуття можуть послабшати, і ви можете й далі говорити зі мною.

## The question asked when we do not know the person's country.
ask-country = У якій країні ви перебуваєте? Тоді я зможу підказати службу допомоги поруч із вами.

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
        [yes] Безкоштовно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Цілодобово
        [open] Зараз працює, до { $closes_at }
        [closed] Зараз не працює, почне о { $opens_at }
       *[unknown] Години роботи не вказано
    }
