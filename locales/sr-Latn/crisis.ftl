### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Serbian in Latin script: letter for letter the text of locales/sr (Cyrillic);
### change both together.

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

support-opening = Veoma mi je žao što prolazite kroz ovo i drago mi je što ste to podelili. Ne morate sa tim da se nosite sami.

support-body =
    { $line_state ->
        [open] Odmah možete da se obratite službi { $line_name }: { support-reach }.{ support-free }
        [closed] Služba { $line_name } trenutno ne radi i ponovo je dostupna od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Možete da se obratite službi { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } možete da pronađete liniju za pomoć u svojoj blizini.
           *[no] Ako mi kažete u kojoj ste zemlji, mogu da pronađem liniju za pomoć u vašoj blizini. Možete je pronaći i na { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] pozovite { $contact }
        [text] pošaljite SMS na { $contact }
        [chat] pišite im u četu na { $contact }
        [whatsapp] pišite im preko WhatsApp-a na { $contact }
       *[web] posetite { $contact }
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
       *[other] Ako ste u neposrednoj opasnosti, odmah pozovite { $emergency }.
    }

support-closing = Može da pomogne i razgovor sa nekim kome verujete. Uz podršku i ovako teška osećanja mogu da popuste, a sa mnom možete da nastavite da razgovarate.

## The question asked when we do not know the person's country.
ask-country = U kojoj ste zemlji? Tada mogu da vam pokažem liniju za pomoć u vašoj blizini.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Pozovite { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Onlajn čet{" · "}
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
        [open] Sada radi, do { $closes_at }{ summary-schedule }
        [closed] Sada ne radi, počinje u { $opens_at }{ summary-schedule }
       *[unknown] Radno vreme nije navedeno
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(svakog dana { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] pon
        [tue] uto
        [wed] sre
        [thu] čet
        [fri] pet
        [sat] sub
       *[sun] ned
    }
summary-last-day =
    { $last ->
        [mon] pon
        [tue] uto
        [wed] sre
        [thu] čet
        [fri] pet
        [sat] sub
       *[sun] ned
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Pregled crisis-lookup
preview-heading = pregled
preview-skip = Pređite na sadržaj
preview-intro = Za one koji održavaju i integrišu servis: šta bi prikazao četbot, sastavljeno samo iz javnog API-ja. Ne lepite ovde stvarne razgovore.
preview-views = Prikazi
preview-tab-lookup = Pretraga
preview-tab-coverage = Pokrivenost
preview-tab-locales = Jezičke verzije
preview-loading = Učitavanje…
preview-message = Poruka
preview-message-hint = Služi samo za prepoznavanje jezika.
preview-locale = Jezička verzija
preview-locale-none = — nijedna —
preview-country = Zemlja
preview-country-unknown = — nepoznata —
preview-topics = Teme
preview-topics-hint = Odvojene zarezima, na primer: { $examples }
preview-channels = Kanali
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Čet
preview-submit = Pretražite
preview-error-vocabularies = Nije bilo moguće učitati zemlje ili jezičke verzije ({ $error }).
preview-error-lookup = Pretraga nije uspela ({ $error }).
preview-chat-shows = Šta prikazuje čet
preview-raw-json = Izvorni JSON
preview-meta-language = Jezik: { $code } (prema: { $source })
preview-meta-country = Zemlja: { $code } (prema: { $source })
preview-meta-country-unknown = Zemlja: nepoznata
preview-meta-locale = Jezička verzija: { $code }
preview-meta-lines = Linije za pomoć: { $count }
preview-international = Međunarodni imenici
preview-emergency = Hitni brojevi:
preview-police = policija
preview-ambulance = hitna pomoć
preview-fire = vatrogasci
preview-open-now = Sada radi
preview-closed-now = Sada ne radi
preview-hours-unknown = Radno vreme nepoznato
preview-action-call = Pozovite { $number }
preview-action-text = SMS { $number }
preview-action-chat = Čet
preview-action-website = Veb-sajt
preview-fact-languages = Jezici: { $list }
preview-fact-languages-none = Jezici: nisu navedeni
preview-fact-hours = Radno vreme: { $times }
preview-fact-verified = Provereno: { $date }
preview-fact-evidence = Izvori: { $evidence }
preview-fact-country = Zemlja: { $code }
preview-coverage-summary = Zemlje i teritorije: { $total } · sa linijama za pomoć: { $covered } · samo sa hitnim brojem: { $uncovered }.
preview-coverage-pending = Učitavaju se datumi provere… preostalo: { $count }.
preview-coverage-oldest = Najstarija provera linije za pomoć: { $date }.
preview-coverage-legend = Istaknuti redovi imaju samo hitni broj, bez odabrane linije za pomoć.
preview-coverage-caption = Zemlje i teritorije (poređajte dugmadima u kolonama)
preview-column-code = Kod
preview-column-lines = Linije za pomoć
preview-column-languages = Jezici
preview-column-emergency = Hitni brojevi
preview-column-verified = Najstarija provera
preview-emergency-only = samo hitni broj
preview-error-countries = Nije bilo moguće učitati zemlje ({ $error }).
preview-locales-summary = Jezičke verzije: { $total } · pregledao izvorni govornik: { $reviewed }.
preview-locales-caption = Uključene jezičke verzije i stanje njihovog pregleda
preview-column-native-name = Izvorni naziv
preview-column-direction = Smer
preview-column-review = Pregled
preview-reviewed = Pregledano
preview-not-reviewed = Nije pregledano
preview-error-locales = Nije bilo moguće učitati jezičke verzije ({ $error }).
