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
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [open] Sada otvoreno, do { $closes_at }{ summary-schedule }
        [closed] Sada zatvoreno, otvara se u { $opens_at }{ summary-schedule }
       *[unknown] Radno vrijeme nije navedeno
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(svaki dan { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] pon
        [tue] uto
        [wed] sri
        [thu] čet
        [fri] pet
        [sat] sub
       *[sun] ned
    }
summary-last-day =
    { $last ->
        [mon] pon
        [tue] uto
        [wed] sri
        [thu] čet
        [fri] pet
        [sat] sub
       *[sun] ned
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Pregled crisis-lookup
preview-heading = pregled
preview-skip = Prijeđi na sadržaj
preview-intro = Za održavatelje i integratore: što bi chatbot prikazao, sastavljeno samo iz javnog API-ja. Ne lijepite ovdje stvarne razgovore.
preview-views = Prikazi
preview-tab-lookup = Pretraga
preview-tab-coverage = Pokrivenost
preview-tab-locales = Jezične verzije
preview-loading = Učitavanje…
preview-message = Poruka
preview-message-hint = Služi samo za prepoznavanje jezika.
preview-locale = Jezična verzija
preview-locale-none = — nijedna —
preview-country = Država
preview-country-unknown = — nepoznata —
preview-topics = Teme
preview-topics-hint = Odvojene zarezima, na primjer: { $examples }
preview-channels = Kanali
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Pretraži
preview-error-vocabularies = Nije bilo moguće učitati države ili jezične verzije ({ $error }).
preview-error-lookup = Pretraga nije uspjela ({ $error }).
preview-chat-shows = Što prikazuje chat
preview-raw-json = Izvorni JSON
preview-meta-language = Jezik: { $code } (prema: { $source })
preview-meta-country = Država: { $code } (prema: { $source })
preview-meta-country-unknown = Država: nepoznata
preview-meta-locale = Jezična verzija: { $code }
preview-meta-lines = Linije za pomoć: { $count }
preview-international = Međunarodni imenici
preview-emergency = Hitni brojevi:
preview-police = policija
preview-ambulance = hitna pomoć
preview-fire = vatrogasci
preview-open-now = Sada otvoreno
preview-closed-now = Sada zatvoreno
preview-hours-unknown = Radno vrijeme nepoznato
preview-action-call = Nazovite { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Web-stranica
preview-fact-languages = Jezici: { $list }
preview-fact-languages-none = Jezici: nisu navedeni
preview-fact-hours = Radno vrijeme: { $times }
preview-fact-verified = Provjereno: { $date }
preview-fact-evidence = Izvori: { $evidence }
preview-fact-country = Država: { $code }
preview-coverage-summary = Države i područja: { $total } · s linijama za pomoć: { $covered } · samo s hitnim brojem: { $uncovered }.
preview-coverage-pending = Učitavaju se datumi provjere… preostalo: { $count }.
preview-coverage-oldest = Najstarija provjera linije za pomoć: { $date }.
preview-coverage-legend = Istaknuti redovi imaju samo hitni broj, bez odabrane linije za pomoć.
preview-coverage-caption = Države i područja (poredajte gumbima u stupcima)
preview-column-code = Kod
preview-column-lines = Linije za pomoć
preview-column-languages = Jezici
preview-column-emergency = Hitni brojevi
preview-column-verified = Najstarija provjera
preview-emergency-only = samo hitni broj
preview-error-countries = Nije bilo moguće učitati države ({ $error }).
preview-locales-summary = Jezične verzije: { $total } · pregledao izvorni govornik: { $reviewed }.
preview-locales-caption = Uključene jezične verzije i stanje njihova pregleda
preview-column-native-name = Izvorni naziv
preview-column-direction = Smjer
preview-column-review = Pregled
preview-reviewed = Pregledano
preview-not-reviewed = Nije pregledano
preview-error-locales = Nije bilo moguće učitati jezične verzije ({ $error }).
