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

support-opening = Dit spyt my regtig dat jy dit deurmaak, en ek is bly jy het iets gesê. Jy hoef dit nie alleen te dra nie.

support-body =
    { $line_state ->
        [open] Jy kan { $line_name } nou dadelik kontak: { support-reach }.{ support-free }
        [closed] { $line_name } is nou gesluit en maak weer om { $opens_at } oop: { support-reach }.{ support-free }
        [unknown] Jy kan { $line_name } kontak: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Jy kan ’n hulplyn naby jou vind by { $directory }.
           *[no] As jy vir my sê in watter land jy is, kan ek ’n hulplyn naby jou vind. Jy kan ook een vind by { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] bel { $contact }
        [text] stuur ’n SMS na { $contact }
        [chat] klets met hulle by { $contact }
        [whatsapp] stuur vir hulle ’n WhatsApp na { $contact }
       *[web] gaan na { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Dit is gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] As jy in onmiddellike gevaar is, kontak asseblief nou die nooddienste in jou omgewing.
       *[other] As jy in onmiddellike gevaar is, bel nou { $emergency }.
    }

support-closing = Om met iemand te praat wat jy vertrou, kan ook help. Sulke swaar gevoelens kan met ondersteuning ligter word, en jy kan aanhou om met my te praat.

## The question asked when we do not know the person's country.
ask-country = In watter land is jy? Dan kan ek vir jou ’n hulplyn naby jou wys.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Bel { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Aanlyn klets{" · "}
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
        [always] 24/7 oop
        [open] Nou oop, tot { $closes_at }
        [closed] Nou gesluit, maak oop om { $opens_at }
       *[unknown] Ure nie gelys nie
    }
