### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "vi" (formal you). Ijekavian, Bosnian standard.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative ("Plavi Telefon"): in
##                [text] it is always the subject, and no predicate agrees
##                with its gender; label: only the line's name, held as a
##                label ("Naziv: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Zaista mi je žao što prolazite kroz ovo i drago mi je što ste mi to rekli. Ne morate se s tim nositi sami.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } vam je odmah na raspolaganju: { support-reach }.{ support-free }
               *[label] Odmah možete potražiti pomoć. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } trenutno ne radi, a ponovo počinje s radom { support-opens } – { support-reach }.{ support-free }
               *[label] Ova linija za pomoć trenutno ne radi, a ponovo počinje s radom { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } vam može pomoći: { support-reach }.{ support-free }
               *[label] Evo linije za pomoć kojoj se možete obratiti. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Liniju za pomoć u svojoj zemlji možete pronaći na { $directory }.
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
        [text] pošaljite SMS na broj { $contact }
        [chat] pišite u chatu na stranici { $contact }
        [whatsapp] pišite putem WhatsAppa na broj { $contact }
       *[web] posjetite stranicu { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Usluga je besplatna.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ako ste u neposrednoj opasnosti, odmah se obratite hitnim službama.
       *[other] Ako ste u neposrednoj opasnosti, odmah nazovite { $emergency }.
    }

support-closing = Može pomoći i razgovor s nekim kome vjerujete. Uz podršku i ovako teška osjećanja mogu postati lakša, a sa mnom možete nastaviti razgovarati.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = U kojoj se zemlji nalazite? Tada vam mogu pokazati liniju za pomoć u vašoj zemlji.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Telefon: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Besplatno{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Dostupno 24/7
        [open] Sada radi, do { $closes_at }{ summary-schedule }
        [closed] Sada ne radi, ponovo radi { summary-opens }{ summary-schedule }
       *[unknown] Radno vrijeme nije navedeno
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] od { $opens_at }
        [tomorrow] sutra od { $opens_at }
        [mon] u pon. od { $opens_at }
        [tue] u uto. od { $opens_at }
        [wed] u sri. od { $opens_at }
        [thu] u čet. od { $opens_at }
        [fri] u pet. od { $opens_at }
        [sat] u sub. od { $opens_at }
        [sun] u ned. od { $opens_at }
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
        [mon] pon.
        [tue] uto.
        [wed] sri.
        [thu] čet.
        [fri] pet.
        [sat] sub.
       *[sun] ned.
    }
summary-last-day =
    { $last ->
        [mon] pon.
        [tue] uto.
        [wed] sri.
        [thu] čet.
        [fri] pet.
        [sat] sub.
       *[sun] ned.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – pregled
preview-heading = pregled
preview-skip = Pređi na sadržaj
preview-protocol-link = Kako ovaj servis upućuje ljude na pomoć
preview-intro = Za održavaoce i integratore: šta bi chatbot prikazao, sastavljeno samo iz javnog API-ja. Ovdje ne lijepite stvarne razgovore.
preview-views = Prikazi
preview-tab-lookup = Pretraga
preview-tab-coverage = Pokrivenost
preview-tab-locales = Jezičke verzije
preview-loading = Učitavanje…

## The lookup form.
preview-message = Poruka
preview-message-hint = Koristi se samo za prepoznavanje jezika.
preview-locale = Jezička verzija
preview-locale-none = — nijedna —
preview-country = Zemlja
preview-country-unknown = — nepoznata —
preview-topics = Teme
preview-topics-hint = Odvojene zarezima, na primjer: { $examples }
preview-channels = Kanali
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Traži
preview-error-vocabularies = Nije bilo moguće učitati zemlje ili jezičke verzije ({ $error }).
preview-error-lookup = Pretraga nije uspjela ({ $error }).

## The answer.
preview-chat-shows = Šta prikazuje chat
preview-raw-json = Izvorni JSON
preview-meta-language = Jezik: { $code } (izvor: { $source })
preview-meta-country = Zemlja: { $code } (izvor: { $source })
preview-meta-country-unknown = Zemlja: nepoznata
preview-meta-locale = Jezička verzija: { $code }
preview-meta-lines = Linije za pomoć: { $count }
preview-international = Međunarodni imenici

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Hitni brojevi:
preview-police = policija
preview-ambulance = hitna pomoć
preview-fire = vatrogasci
preview-open-now = Sada radi
preview-closed-now = Sada ne radi
preview-hours-unknown = Radno vrijeme nepoznato
preview-action-call = Nazovite { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Web-stranica
preview-fact-languages = Jezici: { $list }
preview-fact-languages-none = Jezici: nisu navedeni
preview-fact-hours = Radno vrijeme: { $times }
preview-fact-checked = Provjereno kod pružaoca usluge: { $date }
preview-fact-newest-source = Najnoviji izvor: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Potvrda: vlastita stranica linije
preview-evidence-corroborated = Potvrda: dva nezavisna izvora
preview-evidence-single = Potvrda: jedan popis
preview-evidence-conflict = Potvrda: izvori se ne slažu
preview-fact-country = Zemlja: { $code }

## The coverage tab.
preview-coverage-summary = Zemlje i teritorije: { $total } · s linijama za pomoć: { $covered } · samo s hitnim brojem: { $uncovered }.
preview-coverage-age = Linije čiji je najnoviji izvor stariji od 24 mjeseca: { $stale } od { $total }.
preview-map-caption = Karta svijeta: pokrivenost
preview-map-line = Ima liniju za pomoć
preview-map-emergency = Samo hitni broj
preview-map-none = Nije u podacima
preview-coverage-legend = Istaknuti redovi imaju samo hitni broj, bez odabrane linije za pomoć.
preview-coverage-caption = Zemlje i teritorije (sortirajte dugmadima u kolonama)
preview-column-code = Kod
preview-column-lines = Linije za pomoć
preview-column-languages = Jezici
preview-column-emergency = Hitni broj
preview-column-stale = Linije sa starim izvorima
preview-emergency-only = samo hitni broj
preview-error-countries = Nije bilo moguće učitati zemlje ({ $error }).

## The locales tab.
preview-locales-summary = Jezičke verzije: { $total } · pregledao izvorni govornik: { $reviewed }.
preview-locales-caption = Uključene jezičke verzije i stanje njihovog pregleda
preview-column-native-name = Naziv na tom jeziku
preview-column-direction = Smjer
preview-column-review = Pregled
preview-reviewed = Pregledano
preview-not-reviewed = Nije pregledano
preview-error-locales = Nije bilo moguće učitati jezičke verzije ({ $error }).
