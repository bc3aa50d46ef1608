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

support-opening = Es tut mir wirklich leid, dass Sie das gerade durchmachen, und ich bin froh, dass Sie darüber sprechen. Sie müssen das nicht allein durchstehen.

support-body =
    { $line_state ->
        [open] Sie können { $line_name } jetzt sofort erreichen: { support-reach }.{ support-free }
        [closed] { $line_name } ist im Moment nicht besetzt und ab { $opens_at } Uhr wieder erreichbar: { support-reach }.{ support-free }
        [unknown] Sie können { $line_name } erreichen: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Unter { $directory } finden Sie ein Hilfsangebot in Ihrer Nähe.
           *[no] Wenn Sie mir sagen, in welchem Land Sie sind, suche ich Ihnen ein Hilfsangebot in Ihrer Nähe heraus. Sie finden auch unter { $directory } eines.
        }
    }

support-reach =
    { $reach ->
        [call] Rufen Sie { $contact } an
        [text] Schreiben Sie eine SMS an { $contact }
        [chat] Chatten Sie mit dem Team unter { $contact }
        [whatsapp] Schreiben Sie per WhatsApp an { $contact }
       *[web] Besuchen Sie { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Der Kontakt ist kostenlos.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Wenn Sie in akuter Gefahr sind, wenden Sie sich bitte jetzt an den örtlichen Notruf.
       *[other] Wenn Sie in akuter Gefahr sind, wählen Sie jetzt den Notruf { $emergency }.
    }

support-closing = Es kann auch helfen, sich an einen Menschen zu wenden, dem Sie vertrauen. So schwere Gefühle können mit Unterstützung leichter werden, und Sie können gern weiter mit mir sprechen.

## The question asked when we do not know the person's country.
ask-country = In welchem Land sind Sie? Dann kann ich Ihnen ein Hilfsangebot in Ihrer Nähe zeigen.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Anrufen: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online-Chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Kostenlos{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Rund um die Uhr erreichbar
        [open] Jetzt erreichbar, bis { $closes_at } Uhr
        [closed] Jetzt nicht erreichbar, wieder ab { $opens_at } Uhr
       *[unknown] Erreichbarkeit nicht angegeben
    }
