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

support-opening = Nagyon sajnálom, hogy ezen kell keresztülmenned, és örülök, hogy elmondtad. Nem kell egyedül megküzdened ezzel.

support-body =
    { $line_state ->
        [open] { $line_name } most azonnal elérhető, { support-reach }.{ support-free }
        [closed] { $line_name } most zárva van, de { $opens_at }-kor újra elérhető lesz, { support-reach }.{ support-free }
        [unknown] { $line_name } segítséget nyújt, { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Itt találhatsz segélyvonalat a közeledben: { $directory }.
           *[no] Ha megírod, melyik országban vagy, megkeresem a hozzád legközelebbi segélyvonalat. Itt is találhatsz egyet: { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] telefonon: { $contact }
        [text] SMS-ben: { $contact }
        [chat] chaten: { $contact }
        [whatsapp] WhatsAppon: { $contact }
       *[web] a weboldalon: { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}A szolgáltatás ingyenes.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ha közvetlen veszélyben vagy, kérlek, most azonnal fordulj a helyi segélyhívó szolgálathoz.
       *[other] Ha közvetlen veszélyben vagy, most azonnal hívd a segélyhívót: { $emergency }.
    }

support-closing = Az is segíthet, ha beszélsz valakivel, akiben megbízol. Ilyen nehéz érzések is enyhülhetnek, ha van, aki támogat, és velem is nyugodtan beszélgethetsz tovább.

## The question asked when we do not know the person's country.
ask-country = Melyik országban vagy? Akkor meg tudok mutatni egy segélyvonalat a közeledben.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ingyenes{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Éjjel-nappal elérhető
        [open] Most elérhető, { $closes_at }-ig
        [closed] Most zárva, { $opens_at }-kor nyit
       *[unknown] Nyitvatartás nincs megadva
    }
