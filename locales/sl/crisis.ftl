### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: vikanje ("vi"), as Slovenian helplines address the public.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative ("Zaupni telefon
##                Samarijan"): in [text] it is always the subject, and no
##                predicate agrees with its gender; label: only the line's
##                name, held as a label ("Ime: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Resnično mi je žal, da vam je tako hudo, in dobro je, da ste to povedali. S tem se vam ni treba spopadati sami.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } vam je na voljo že zdaj: { support-reach }.{ support-free }
               *[label] Pomoč lahko poiščete že zdaj. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } trenutno ne deluje, spet začne delovati { support-opens } – { support-reach }.{ support-free }
               *[label] Ta linija za pomoč trenutno ne deluje, spet začne delovati { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } vam lahko pomaga: { support-reach }.{ support-free }
               *[label] Tu je linija za pomoč, na katero se lahko obrnete. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Linijo za pomoč v svoji državi lahko najdete na { $directory }.
               *[no] Linijo za pomoč lahko najdete tudi na { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] danes ob { $opens_at }
        [tomorrow] jutri ob { $opens_at }
        [mon] v ponedeljek ob { $opens_at }
        [tue] v torek ob { $opens_at }
        [wed] v sredo ob { $opens_at }
        [thu] v četrtek ob { $opens_at }
        [fri] v petek ob { $opens_at }
        [sat] v soboto ob { $opens_at }
        [sun] v nedeljo ob { $opens_at }
       *[none] pozneje
    }

support-reach =
    { $reach ->
        [call] pokličite { $contact }
        [text] pošljite SMS na številko { $contact }
        [chat] pišite v klepetu na strani { $contact }
        [whatsapp] pišite prek WhatsAppa na številko { $contact }
       *[web] obiščite stran { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Pomoč je brezplačna.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Če ste v neposredni nevarnosti, takoj pokličite službo za nujno pomoč.
       *[other] Če ste v neposredni nevarnosti, takoj pokličite { $emergency }.
    }

support-closing = Pomaga lahko tudi pogovor z nekom, ki mu zaupate. Ob podpori lahko tudi tako težki občutki popustijo, z mano pa se lahko še naprej pogovarjate.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = V kateri državi ste? Potem vam lahko pokažem linijo za pomoč v vaši državi.

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
        [yes] Spletni klepet{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Brezplačno{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Na voljo 24/7
        [open] Zdaj deluje, do { $closes_at }{ summary-schedule }
        [closed] Zdaj ne deluje, spet deluje { summary-opens }{ summary-schedule }
       *[unknown] Delovni čas ni naveden
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] od { $opens_at }
        [tomorrow] jutri od { $opens_at }
        [mon] v pon. od { $opens_at }
        [tue] v tor. od { $opens_at }
        [wed] v sre. od { $opens_at }
        [thu] v čet. od { $opens_at }
        [fri] v pet. od { $opens_at }
        [sat] v sob. od { $opens_at }
        [sun] v ned. od { $opens_at }
       *[none] pozneje
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(vsak dan { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] pon.
        [tue] tor.
        [wed] sre.
        [thu] čet.
        [fri] pet.
        [sat] sob.
       *[sun] ned.
    }
summary-last-day =
    { $last ->
        [mon] pon.
        [tue] tor.
        [wed] sre.
        [thu] čet.
        [fri] pet.
        [sat] sob.
       *[sun] ned.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – predogled
preview-heading = predogled
preview-skip = Preskoči na vsebino
preview-protocol-link = Kako ta storitev ljudi usmerja k pomoči
preview-intro = Za vzdrževalce in integratorje: kaj bi prikazal klepetalni robot, sestavljeno samo iz javnega API-ja. Sem ne lepite resničnih pogovorov.
preview-views = Pogledi
preview-tab-lookup = Iskanje
preview-tab-coverage = Pokritost
preview-tab-locales = Jezikovne različice
preview-loading = Nalaganje …

## The lookup form.
preview-message = Sporočilo
preview-message-hint = Uporablja se samo za prepoznavanje jezika.
preview-locale = Jezikovna različica
preview-locale-none = — brez —
preview-country = Država
preview-country-unknown = — neznana —
preview-topics = Teme
preview-topics-hint = Ločene z vejico, na primer: { $examples }
preview-channels = Kanali
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Klepet
preview-submit = Poišči
preview-error-vocabularies = Držav ali jezikovnih različic ni bilo mogoče naložiti ({ $error }).
preview-error-lookup = Iskanje ni uspelo ({ $error }).

## The answer.
preview-chat-shows = Kaj prikaže klepet
preview-raw-json = Surovi JSON
preview-meta-language = Jezik: { $code } (vir: { $source })
preview-meta-country = Država: { $code } (vir: { $source })
preview-meta-country-unknown = Država: neznana
preview-meta-locale = Jezikovna različica: { $code }
preview-meta-lines = Linije za pomoč: { $count }
preview-international = Mednarodni imeniki

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Klic v sili:
preview-police = policija
preview-ambulance = nujna medicinska pomoč
preview-fire = gasilci
preview-open-now = Zdaj deluje
preview-closed-now = Zdaj ne deluje
preview-hours-unknown = Delovni čas ni znan
preview-action-call = Pokličite { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Klepet
preview-action-website = Spletna stran
preview-fact-languages = Jeziki: { $list }
preview-fact-languages-none = Jeziki: niso navedeni
preview-fact-hours = Delovni čas: { $times }
preview-fact-checked = Preverjeno pri izvajalcu: { $date }
preview-fact-newest-source = Najnovejši vir: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Dokazilo: lastna stran linije
preview-evidence-corroborated = Dokazilo: dva neodvisna izdajatelja
preview-evidence-single = Dokazilo: en sam seznam
preview-evidence-conflict = Dokazilo: viri se ne ujemajo
preview-fact-country = Država: { $code }

## The coverage tab.
preview-coverage-summary = Države in ozemlja: { $total } · z linijami za pomoč: { $covered } · samo s številko za klic v sili: { $uncovered }.
preview-coverage-age = Linije, katerih najnovejši vir je starejši od 24 mesecev: { $stale } od { $total }.
preview-map-caption = Zemljevid sveta: pokritost
preview-map-line = Ima linijo za pomoč
preview-map-emergency = Samo številka za klic v sili
preview-map-none = Ni v podatkih
preview-coverage-legend = Označene vrstice imajo samo številko za klic v sili, brez izbrane linije za pomoč.
preview-coverage-caption = Države in ozemlja (razvrstite z gumbi v stolpcih)
preview-column-code = Koda
preview-column-lines = Linije za pomoč
preview-column-languages = Jeziki
preview-column-emergency = Klic v sili
preview-column-stale = Linije s starimi viri
preview-emergency-only = samo klic v sili
preview-error-countries = Držav ni bilo mogoče naložiti ({ $error }).

## The locales tab.
preview-locales-summary = Jezikovne različice: { $total } · pregledal rojeni govorec: { $reviewed }.
preview-locales-caption = Vključene jezikovne različice in stanje njihovega pregleda
preview-column-native-name = Ime v lastnem jeziku
preview-column-direction = Smer
preview-column-review = Pregled
preview-reviewed = Pregledano
preview-not-reviewed = Ni pregledano
preview-error-locales = Jezikovnih različic ni bilo mogoče naložiti ({ $error }).
