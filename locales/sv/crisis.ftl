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

support-opening = Jag är ledsen att du har det så svårt just nu, och jag är glad att du berättade. Du behöver inte gå igenom det här ensam.

support-body =
    { $line_state ->
        [open] Du kan kontakta { $line_name } direkt: { support-reach }.{ support-free }
        [closed] { $line_name } har stängt just nu och öppnar igen kl. { $opens_at }: { support-reach }.{ support-free }
        [unknown] Du kan kontakta { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] På { $directory } kan du hitta en stödlinje nära dig.
           *[no] Om du berättar vilket land du är i kan jag hitta en stödlinje nära dig. Du kan också hitta en på { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ring { $contact }
        [text] skicka ett sms till { $contact }
        [chat] chatta med dem på { $contact }
        [whatsapp] skriv till dem på WhatsApp på { $contact }
       *[web] gå in på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det är gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Om du är i akut fara, kontakta larmtjänsten där du befinner dig nu.
       *[other] Om du är i akut fara, ring { $emergency } nu.
    }

support-closing = Det kan också hjälpa att prata med någon du litar på. Så tunga känslor kan lätta med stöd, och du kan fortsätta prata med mig.

## The question asked when we do not know the person's country.
ask-country = Vilket land är du i? Då kan jag visa dig en stödlinje nära dig.

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
        [yes] Chatt{" · "}
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
        [always] Öppet dygnet runt
        [open] Öppet nu, till { $closes_at }
        [closed] Stängt nu, öppnar kl. { $opens_at }
       *[unknown] Öppettider saknas
    }
