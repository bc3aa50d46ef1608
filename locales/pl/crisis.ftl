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

support-opening = Bardzo mi przykro, że przez to przechodzisz, i dobrze, że o tym mówisz. Nie musisz mierzyć się z tym w pojedynkę.

support-body =
    { $line_state ->
        [open] Już teraz możesz uzyskać wsparcie – { $line_name }: { support-reach }.{ support-free }
        [closed] W tej chwili { $line_name } nie działa, ale od { $opens_at } znów można się tam zgłosić: { support-reach }.{ support-free }
        [unknown] Możesz uzyskać wsparcie – { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na stronie { $directory } znajdziesz linię wsparcia w swojej okolicy.
           *[no] Jeśli napiszesz mi, w jakim kraju jesteś, znajdę linię wsparcia w twojej okolicy. Możesz też poszukać jej na stronie { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] zadzwoń pod numer { $contact }
        [text] wyślij SMS pod numer { $contact }
        [chat] skorzystaj z czatu: { $contact }
        [whatsapp] napisz przez WhatsApp na numer { $contact }
       *[web] wejdź na stronę { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Kontakt jest bezpłatny.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jeśli grozi ci bezpośrednie niebezpieczeństwo, skontaktuj się teraz z lokalnymi służbami ratunkowymi.
       *[other] Jeśli grozi ci bezpośrednie niebezpieczeństwo, zadzwoń teraz pod numer { $emergency }.
    }

support-closing = Rozmowa z kimś, komu ufasz, też może pomóc. Przy wsparciu innych nawet tak ciężkie uczucia mogą stać się lżejsze, a ze mną możesz dalej rozmawiać.

## The question asked when we do not know the person's country.
ask-country = W jakim kraju jesteś? Wtedy pokażę ci linię wsparcia w twojej okolicy.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Zadzwoń: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Czat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Bezpłatnie{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Czynne całą dobę
        [open] Teraz czynne, do { $closes_at }
        [closed] Teraz nieczynne, otwarcie o { $opens_at }
       *[unknown] Brak informacji o godzinach
    }
