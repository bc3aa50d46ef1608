### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: polite "vi", as Croatian lines for adults address the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the subject, in the nominative, with a
## present-tense verb that has no gender ("Plavi telefon sada radi"), so the
## stored form needs no case ending. label: only the line's name, never
## declined ("Naziv: nazovite …").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Jako mi je žao što vam je ovako teško i drago mi je što ste mi to rekli. S tim se ne morate nositi sami.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } sada radi i odmah se možete javiti: { support-reach }.{ support-free }
               *[label] Odmah se možete javiti liniji za pomoć. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } trenutačno ne radi i ponovno počinje s radom { support-opens }: { support-reach }.{ support-free }
               *[label] Ova linija za pomoć trenutačno ne radi i ponovno počinje s radom { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } pruža podršku: { support-reach }.{ support-free }
               *[label] Ovo je linija za pomoć kojoj se možete javiti. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Na { $directory } možete pronaći liniju za pomoć u svojoj zemlji.
               *[no] Liniju za pomoć možete pronaći i na { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] danas u { $opens_at }
        [tomorrow] sutra u { $opens_at }
        [mon] u ponedjeljak u { $opens_at }
        [tue] u utorak u { $opens_at }
        [wed] u srijedu u { $opens_at }
        [thu] u četvrtak u { $opens_at }
        [fri] u petak u { $opens_at }
        [sat] u subotu u { $opens_at }
        [sun] u nedjelju u { $opens_at }
       *[none] kasnije
    }

support-reach =
    { $reach ->
        [call] nazovite { $contact }
        [text] pošaljite SMS na { $contact }
        [chat] pišite putem chata na { $contact }
        [whatsapp] pišite putem WhatsAppa na { $contact }
       *[web] posjetite { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Usluga je besplatna.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ako ste u neposrednoj opasnosti, odmah nazovite lokalni broj hitne službe.
       *[other] Ako ste u neposrednoj opasnosti, odmah nazovite { $emergency }.
    }

support-closing = Može pomoći i razgovor s nekim kome vjerujete. Uz podršku i ovako teški osjećaji mogu popustiti, a sa mnom možete nastaviti razgovor.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = U kojoj se zemlji nalazite? Tada vam mogu pokazati liniju za pomoć u vašoj zemlji.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [yes] Besplatno{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Dostupno 0–24
        [open] Sada otvoreno, do { $closes_at }{ summary-schedule }
        [closed] Sada zatvoreno, otvara se { summary-opens }{ summary-schedule }
       *[unknown] Radno vrijeme nije navedeno
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] u { $opens_at }
        [tomorrow] sutra u { $opens_at }
        [mon] pon u { $opens_at }
        [tue] uto u { $opens_at }
        [wed] sri u { $opens_at }
        [thu] čet u { $opens_at }
        [fri] pet u { $opens_at }
        [sat] sub u { $opens_at }
        [sun] ned u { $opens_at }
       *[none] kasnije
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
preview-protocol-link = Kako ova usluga upućuje ljude na pomoć
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
preview-fact-checked = Provjereno kod pružatelja usluge: { $date }
preview-fact-newest-source = Najnoviji izvor: { $date }
preview-evidence-provider = Pouzdanost: vlastita stranica linije
preview-evidence-corroborated = Pouzdanost: dva neovisna izvora
preview-evidence-single = Pouzdanost: jedan popis
preview-evidence-conflict = Pouzdanost: izvori se ne slažu
preview-fact-country = Država: { $code }
preview-coverage-summary = Države i područja: { $total } · s linijama za pomoć: { $covered } · samo s hitnim brojem: { $uncovered }.
preview-coverage-age = Linije čiji je najnoviji izvor stariji od 24 mjeseca: { $stale } od { $total }.
preview-map-caption = Karta svijeta s pokrivenošću
preview-map-line = Ima liniju za pomoć
preview-map-emergency = Samo hitni broj
preview-map-none = Nije u skupu podataka
preview-coverage-legend = Istaknuti redovi imaju samo hitni broj, bez odabrane linije za pomoć.
preview-coverage-caption = Države i područja (poredajte gumbima u stupcima)
preview-column-code = Kod
preview-column-lines = Linije za pomoć
preview-column-languages = Jezici
preview-column-emergency = Hitni brojevi
preview-column-stale = Linije sa starim izvorima
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
