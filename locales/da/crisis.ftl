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

support-opening = Jeg er virkelig ked af, at du har det så svært lige nu, og jeg er glad for, at du siger det. Du behøver ikke stå alene med det.

support-body =
    { $line_state ->
        [open] Du kan kontakte { $line_name } lige nu: { support-reach }.{ support-free }
        [closed] { $line_name } har lukket lige nu og åbner igen kl. { $opens_at }: { support-reach }.{ support-free }
        [unknown] Du kan kontakte { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] På { $directory } kan du finde en hjælpelinje nær dig.
           *[no] Hvis du fortæller mig, hvilket land du er i, kan jeg finde en hjælpelinje nær dig. Du kan også finde en på { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ring på { $contact }
        [text] send en sms til { $contact }
        [chat] chat med dem på { $contact }
        [whatsapp] skriv til dem på WhatsApp på { $contact }
       *[web] gå ind på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det er gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Hvis du er i akut fare, så kontakt alarmcentralen, der hvor du er, nu.
       *[other] Hvis du er i akut fare, så ring { $emergency } nu.
    }

support-closing = Det kan også hjælpe at tale med en, du stoler på. Så tunge følelser kan lette med støtte, og du kan blive ved med at tale med mig.

## The question asked when we do not know the person's country.
ask-country = Hvilket land er du i? Så kan jeg vise dig en hjælpelinje nær dig.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ring { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Sms { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Åben døgnet rundt
        [open] Åben nu, til { $closes_at }
        [closed] Lukket nu, åbner kl. { $opens_at }
       *[unknown] Åbningstider ikke oplyst
    }
