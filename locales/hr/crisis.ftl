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

support-opening = Jako mi je žao što prolazite kroz ovo i drago mi je što ste to podijelili. Ne morate se s tim nositi sami.

support-body =
    { $line_state ->
        [open] Odmah se možete obratiti službi { $line_name }: { support-reach }.{ support-free }
        [closed] Služba { $line_name } trenutačno ne radi i ponovno je dostupna od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Možete se obratiti službi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } možete pronaći liniju za pomoć u svojoj blizini.
           *[no] Ako mi kažete u kojoj ste zemlji, mogu pronaći liniju za pomoć u vašoj blizini. Možete je pronaći i na { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] nazovite { $contact }
        [text] pošaljite SMS na { $contact }
        [chat] pišite im u chatu na { $contact }
        [whatsapp] pišite im putem WhatsAppa na { $contact }
       *[web] posjetite { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Besplatno je.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ako ste u neposrednoj opasnosti, odmah se obratite lokalnim hitnim službama.
       *[other] Ako ste u neposrednoj opasnosti, odmah nazovite { $emergency }.
    }

support-closing = Može pomoći i razgovor s nekim kome vjerujete. Uz podršku i ovako teški osjećaji mogu popustiti, a sa mnom možete nastaviti razgovarati.

## The question asked when we do not know the person's country.
ask-country = U kojoj ste zemlji? Tada vam mogu pokazati liniju za pomoć u vašoj blizini.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Nazovite { $phone }{" · "}
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
        [yes] Besplatno{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Dostupno non-stop
        [open] Sada otvoreno, do { $closes_at }
        [closed] Sada zatvoreno, otvara se u { $opens_at }
       *[unknown] Radno vrijeme nije navedeno
    }
