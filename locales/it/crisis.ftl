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

support-opening = Mi dispiace davvero che tu stia attraversando tutto questo, e mi fa piacere che tu ne abbia parlato. Non devi affrontarlo senza aiuto.

support-body =
    { $line_state ->
        [open] Puoi contattare { $line_name } subito: { support-reach }.{ support-free }
        [closed] { $line_name } al momento non è disponibile e riapre alle { $opens_at }: { support-reach }.{ support-free }
        [unknown] Puoi contattare { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Su { $directory } puoi trovare una linea di ascolto vicino a te.
           *[no] Se mi dici in quale paese ti trovi, posso cercare una linea di ascolto vicino a te. Puoi trovarne una anche su { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] chiama il { $contact }
        [text] invia un SMS al { $contact }
        [chat] scrivi in chat su { $contact }
        [whatsapp] scrivi su WhatsApp al { $contact }
       *[web] vai su { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}È gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se sei in pericolo immediato, contatta subito i servizi di emergenza della tua zona.
       *[other] Se sei in pericolo immediato, chiama subito il { $emergency }.
    }

support-closing = Anche parlarne con una persona di cui ti fidi può aiutare. Emozioni così pesanti possono alleggerirsi con il giusto sostegno, e puoi continuare a parlare con me.

## The question asked when we do not know the person's country.
ask-country = In quale paese ti trovi? Così posso indicarti una linea di ascolto vicino a te.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Chiama il { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS al { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuito{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Attivo 24 ore su 24
        [open] Aperto ora, fino alle { $closes_at }
        [closed] Chiuso ora, riapre alle { $opens_at }
       *[unknown] Orari non indicati
    }
