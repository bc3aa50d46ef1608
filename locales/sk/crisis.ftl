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

support-opening = Je mi veľmi ľúto, čím si prechádzate, a je dobre, že o tom hovoríte. Nemusíte to zvládať bez pomoci.

support-body =
    { $line_state ->
        [open] Hneď teraz sa môžete obrátiť na linku { $line_name }: { support-reach }.{ support-free }
        [closed] Linka { $line_name } je teraz mimo prevádzky a znova bude dostupná od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Môžete sa obrátiť na linku { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } nájdete linku pomoci vo svojom okolí.
           *[no] Ak mi napíšete, v ktorej krajine ste, nájdem vám linku pomoci vo vašom okolí. Nájdete ju aj na { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] zavolajte na číslo { $contact }
        [text] pošlite SMS na číslo { $contact }
        [chat] napíšte do chatu na { $contact }
        [whatsapp] napíšte cez WhatsApp na číslo { $contact }
       *[web] navštívte { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Je to zadarmo.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ak ste v bezprostrednom ohrození, kontaktujte, prosím, hneď miestnu záchrannú službu.
       *[other] Ak ste v bezprostrednom ohrození, zavolajte hneď na { $emergency }.
    }

support-closing = Pomôcť môže aj rozhovor s niekým, komu dôverujete. S podporou môžu aj také ťažké pocity poľaviť a so mnou môžete hovoriť ďalej.

## The question asked when we do not know the person's country.
ask-country = V ktorej krajine ste? Potom vám môžem ukázať linku pomoci vo vašom okolí.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Volajte { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
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
        [yes] Zadarmo{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Nonstop
        [open] Teraz otvorené, do { $closes_at }
        [closed] Teraz zatvorené, otvára o { $opens_at }
       *[unknown] Prevádzkový čas neuvedený
    }
