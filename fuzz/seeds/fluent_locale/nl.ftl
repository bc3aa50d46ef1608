### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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

support-opening = Wat zwaar dat je dit meemaakt, en fijn dat je het vertelt. Je hoeft dit niet alleen te dragen.

support-body =
    { $line_state ->
        [open] Je kunt { $line_name } nu meteen bereiken: { support-reach }.{ support-free }
        [closed] { $line_name } is nu gesloten en gaat weer open om { $opens_at }: { support-reach }.{ support-free }
        [unknown] Je kunt { $line_name } bereiken: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Op { $directory } vind je een hulplijn bij jou in de buurt.
           *[no] Als je me vertelt in welk land je bent, zoek ik een hulplijn bij jou in de buurt. Je kunt er ook een vinden op { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] bel { $contact }
        [text] stuur een sms naar { $contact }
        [chat] chat met ze via { $contact }
        [whatsapp] stuur een WhatsApp-bericht naar { $contact }
       *[web] ga naar { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Het is gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ben je in direct gevaar? Neem dan nu contact op met de hulpdiensten bij jou in de buurt.
       *[other] Ben je in direct gevaar? Bel dan nu { $emergency }.
    }

support-closing = Praten met iemand die je vertrouwt, kan ook helpen. Zulke zware gevoelens kunnen met steun lichter worden, en je kunt gewoon met mij blijven praten.

## The question asked when we do not know the person's country.
ask-country = In welk land ben je? Dan kan ik je een hulplijn bij jou in de buurt laten zien.

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
       *[other] Sms { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
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
        [always] 24/7 bereikbaar
        [open] Nu open, tot { $closes_at }
        [closed] Nu gesloten, opent om { $opens_at }
       *[unknown] Openingstijden niet vermeld
    }
