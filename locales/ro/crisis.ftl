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

support-opening = Îmi pare foarte rău pentru ce trăiești acum și mă bucur că mi-ai spus. Nu trebuie să treci prin asta fără sprijin.

support-body =
    { $line_state ->
        [open] Poți contacta { $line_name } chiar acum: { support-reach }.{ support-free }
        [closed] { $line_name } nu răspunde în acest moment și revine la ora { $opens_at }: { support-reach }.{ support-free }
        [unknown] Poți contacta { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Pe { $directory } poți găsi o linie de sprijin aproape de tine.
           *[no] Dacă îmi spui în ce țară te afli, pot găsi o linie de sprijin aproape de tine. Poți găsi una și pe { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] sună la { $contact }
        [text] trimite un SMS la { $contact }
        [chat] scrie-le pe chat la { $contact }
        [whatsapp] scrie-le pe WhatsApp la { $contact }
       *[web] intră pe { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Este gratuit.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Dacă ești în pericol imediat, te rog să contactezi acum serviciile de urgență din zona ta.
       *[other] Dacă ești în pericol imediat, sună acum la { $emergency }.
    }

support-closing = Poate ajuta și să vorbești cu cineva în care ai încredere. Cu sprijin, chiar și sentimente atât de grele se pot ușura, iar tu poți continua să vorbești cu mine.

## The question asked when we do not know the person's country.
ask-country = În ce țară te afli? Așa îți pot arăta o linie de sprijin aproape de tine.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Sună la { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS la { $sms }{" · "}
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
        [yes] Gratuit{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Disponibil non-stop
        [open] Deschis acum, până la { $closes_at }
        [closed] Închis acum, se deschide la { $opens_at }
       *[unknown] Program nespecificat
    }
