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

support-opening = Sento molt que estiguis passant per això, i m’alegra que m’ho hagis explicat. No ho has d’afrontar sense suport.

support-body =
    { $line_state ->
        [open] Pots contactar amb { $line_name } ara mateix: { support-reach }.{ support-free }
        [closed] { $line_name } no està disponible en aquest moment i torna a atendre a les { $opens_at }: { support-reach }.{ support-free }
        [unknown] Pots contactar amb { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] A { $directory } pots trobar una línia d’ajuda a prop teu.
           *[no] Si em dius en quin país ets, puc buscar-te una línia d’ajuda a prop teu. També en pots trobar una a { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] truca al { $contact }
        [text] envia un SMS al { $contact }
        [chat] parla per xat a { $contact }
        [whatsapp] escriu-los per WhatsApp al { $contact }
       *[web] entra a { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}És gratuït.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si estàs en perill immediat, contacta ara amb els serveis d’emergència de la teva zona.
       *[other] Si estàs en perill immediat, truca ara al { $emergency }.
    }

support-closing = Parlar amb algú de confiança també pot ajudar. Amb suport, fins i tot uns sentiments tan intensos poden alleujar-se, i pots continuar parlant amb mi.

## The question asked when we do not know the person's country.
ask-country = En quin país ets? Així et puc mostrar una línia d’ajuda a prop teu.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Truca al { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS al { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Xat en línia{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuït{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Disponible 24 hores, cada dia
        [open] Obert ara, fins a les { $closes_at }
        [closed] Tancat ara, obre a les { $opens_at }
       *[unknown] Horari no indicat
    }
