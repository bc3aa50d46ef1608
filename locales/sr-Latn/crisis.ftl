### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: polite "vi", as Centar "Srce" addresses the public.
### locales/sr-Latn is this file letter for letter in Latin script.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the subject, in the nominative, with a
## present-tense verb that has no gender, so the stored form needs no case
## ending. label: only the line's name (often in Latin letters), never
## declined ("Naziv: pozovite …").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Veoma mi je žao što vam je ovako teško i drago mi je što ste mi to rekli. Ne morate sami da se nosite sa tim.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } sada radi i odmah možete da se javite: { support-reach }.{ support-free }
               *[label] Odmah možete da se javite liniji za pomoć. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } trenutno ne radi i ponovo počinje sa radom { support-opens }: { support-reach }.{ support-free }
               *[label] Ova linija za pomoć trenutno ne radi i ponovo počinje sa radom { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } pruža podršku: { support-reach }.{ support-free }
               *[label] Ovo je linija za pomoć kojoj možete da se javite. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Na { $directory } možete da pronađete liniju za pomoć u svojoj zemlji.
               *[no] Liniju za pomoć možete da pronađete i na { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] danas u { $opens_at }
        [tomorrow] sutra u { $opens_at }
        [mon] u ponedeljak u { $opens_at }
        [tue] u utorak u { $opens_at }
        [wed] u sredu u { $opens_at }
        [thu] u četvrtak u { $opens_at }
        [fri] u petak u { $opens_at }
        [sat] u subotu u { $opens_at }
        [sun] u nedelju u { $opens_at }
       *[none] kasnije
    }

support-reach =
    { $reach ->
        [call] pozovite { $contact }
        [text] pošaljite SMS na { $contact }
        [chat] pišite preko četa na { $contact }
        [whatsapp] pišite preko WhatsApp-a na { $contact }
       *[web] posetite { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Usluga je besplatna.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ako ste u neposrednoj opasnosti, odmah pozovite lokalni broj hitne službe.
       *[other] Ako ste u neposrednoj opasnosti, odmah pozovite { $emergency }.
    }

support-closing = I razgovor sa nekim kome verujete može da pomogne. Uz podršku i ovako teška osećanja mogu da popuste, a sa mnom možete da nastavite razgovor.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = U kojoj se zemlji nalazite? Onda mogu da vam pokažem liniju za pomoć u vašoj zemlji.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [always] Radi 0–24
        [open] Sada radi, do { $closes_at }{ summary-schedule }
        [closed] Sada ne radi, ponovo radi { summary-opens }{ summary-schedule }
       *[unknown] Radno vreme nije navedeno
    }

## When a closed line opens again, short ("ponovo radi sutra od 09:00").
summary-opens =
    { $opens_day ->
        [today] od { $opens_at }
        [tomorrow] sutra od { $opens_at }
        [mon] pon od { $opens_at }
        [tue] uto od { $opens_at }
        [wed] sre od { $opens_at }
        [thu] čet od { $opens_at }
        [fri] pet od { $opens_at }
        [sat] sub od { $opens_at }
        [sun] ned od { $opens_at }
       *[none] kasnije
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
preview-protocol-link = Kako ovaj servis upućuje ljude na pomoć
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
preview-fact-checked = Provereno kod pružaoca usluge: { $date }
preview-fact-newest-source = Najnoviji izvor: { $date }
preview-evidence-provider = Pouzdanost: sopstvena stranica linije
preview-evidence-corroborated = Pouzdanost: dva nezavisna izvora
preview-evidence-single = Pouzdanost: jedan spisak
preview-evidence-conflict = Pouzdanost: izvori se ne slažu
preview-fact-country = Zemlja: { $code }
preview-coverage-summary = Zemlje i teritorije: { $total } · sa linijama za pomoć: { $covered } · samo sa hitnim brojem: { $uncovered }.
preview-coverage-age = Linije čiji je najnoviji izvor stariji od 24 meseca: { $stale } od { $total }.
preview-map-caption = Mapa sveta sa pokrivenošću
preview-map-line = Ima liniju za pomoć
preview-map-emergency = Samo hitni broj
preview-map-none = Nije u skupu podataka
preview-coverage-legend = Istaknuti redovi imaju samo hitni broj, bez odabrane linije za pomoć.
preview-coverage-caption = Zemlje i teritorije (poređajte dugmadima u kolonama)
preview-column-code = Kod
preview-column-lines = Linije za pomoć
preview-column-languages = Jezici
preview-column-emergency = Hitni brojevi
preview-column-stale = Linije sa starim izvorima
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
