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

support-opening = Olen todella pahoillani, että joudut käymään tämän läpi, ja hyvä, että kerroit. Sinun ei tarvitse selvitä tästä yksin.

support-body =
    { $line_state ->
        [open] { $line_name } on tavoitettavissa juuri nyt: { support-reach }.{ support-free }
        [closed] { $line_name } on nyt suljettu ja palvelee taas klo { $opens_at } alkaen: { support-reach }.{ support-free }
        [unknown] { $line_name } tarjoaa tukea: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Osoitteesta { $directory } löydät tukipalvelun läheltäsi.
           *[no] Jos kerrot, missä maassa olet, voin etsiä sinulle tukipalvelun läheltäsi. Löydät sellaisen myös osoitteesta { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] soita numeroon { $contact }
        [text] lähetä tekstiviesti numeroon { $contact }
        [chat] chattaa osoitteessa { $contact }
        [whatsapp] lähetä WhatsApp-viesti numeroon { $contact }
       *[web] mene osoitteeseen { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Palvelu on maksuton.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jos olet välittömässä vaarassa, ota nyt yhteyttä paikalliseen hätänumeroon.
       *[other] Jos olet välittömässä vaarassa, soita nyt numeroon { $emergency }.
    }

support-closing = Myös puhuminen jonkun luotettavan ihmisen kanssa voi auttaa. Näin raskaatkin tunteet voivat keventyä tuen avulla, ja voit jatkaa juttelua kanssani.

## The question asked when we do not know the person's country.
ask-country = Missä maassa olet? Sitten voin näyttää sinulle tukipalvelun läheltäsi.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Soita { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Tekstiviesti { $sms }{" · "}
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
        [yes] Maksuton{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Avoinna ympäri vuorokauden
        [open] Avoinna nyt, klo { $closes_at } asti
        [closed] Suljettu nyt, avautuu klo { $opens_at }
       *[unknown] Aukioloaikoja ei ilmoitettu
    }
