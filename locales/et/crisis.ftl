### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "sina" (informal you), as Estonian support lines and
### public mental-health campaigns address the reader.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative ("Ohvriabi kriisitelefon"):
##                in [text] it is always the subject; label: only the line's
##                name, held as a label ("Nimi: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mul on väga kahju, et sul on praegu nii raske, ja hea, et sa sellest rääkisid. Sa ei pea sellega üksi toime tulema.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } on praegu avatud: { support-reach }.{ support-free }
               *[label] Abi saad küsida kohe praegu. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } on praegu suletud ja avatakse uuesti { support-opens } – { support-reach }.{ support-free }
               *[label] See abitelefon on praegu suletud ja avatakse uuesti { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } pakub toetust: { support-reach }.{ support-free }
               *[label] Siit saad abi küsida. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Oma riigi abitelefoni leiad aadressilt { $directory }.
               *[no] Abitelefoni leiad ka aadressilt { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] täna kell { $opens_at }
        [tomorrow] homme kell { $opens_at }
        [mon] esmaspäeval kell { $opens_at }
        [tue] teisipäeval kell { $opens_at }
        [wed] kolmapäeval kell { $opens_at }
        [thu] neljapäeval kell { $opens_at }
        [fri] reedel kell { $opens_at }
        [sat] laupäeval kell { $opens_at }
        [sun] pühapäeval kell { $opens_at }
       *[none] hiljem
    }

support-reach =
    { $reach ->
        [call] helista numbril { $contact }
        [text] saada SMS numbrile { $contact }
        [chat] kirjuta veebivestluses aadressil { $contact }
        [whatsapp] kirjuta WhatsAppis numbrile { $contact }
       *[web] mine aadressile { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Abi on tasuta.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Kui oled otseses ohus, võta kohe ühendust hädaabiga.
       *[other] Kui oled otseses ohus, helista kohe numbril { $emergency }.
    }

support-closing = Abiks võib olla ka see, kui räägid kellegagi, keda usaldad. Nii rasked tunded võivad toe abil leeveneda ja sa võid minuga edasi rääkida.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Mis riigis sa oled? Siis saan sulle näidata abitelefoni sinu riigis.

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
        [yes] Veebivestlus{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Tasuta{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Avatud ööpäev läbi
        [open] Praegu avatud kuni { $closes_at }{ summary-schedule }
        [closed] Praegu suletud, avatakse { summary-opens }{ summary-schedule }
       *[unknown] Lahtiolekuajad pole teada
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kell { $opens_at }
        [tomorrow] homme kell { $opens_at }
        [mon] E kell { $opens_at }
        [tue] T kell { $opens_at }
        [wed] K kell { $opens_at }
        [thu] N kell { $opens_at }
        [fri] R kell { $opens_at }
        [sat] L kell { $opens_at }
        [sun] P kell { $opens_at }
       *[none] hiljem
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(iga päev { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] E
        [tue] T
        [wed] K
        [thu] N
        [fri] R
        [sat] L
       *[sun] P
    }
summary-last-day =
    { $last ->
        [mon] E
        [tue] T
        [wed] K
        [thu] N
        [fri] R
        [sat] L
       *[sun] P
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – eelvaade
preview-heading = eelvaade
preview-skip = Mine sisu juurde
preview-protocol-link = Kuidas see teenus inimesi abi juurde suunab
preview-intro = Hooldajatele ja integreerijatele: mida vestlusrobot näitaks, koostatud ainult avaliku API põhjal. Ära kleebi siia päris vestlusi.
preview-views = Vaated
preview-tab-lookup = Otsing
preview-tab-coverage = Katvus
preview-tab-locales = Keeleversioonid
preview-loading = Laadimine…

## The lookup form.
preview-message = Sõnum
preview-message-hint = Kasutatakse ainult keele tuvastamiseks.
preview-locale = Keeleversioon
preview-locale-none = — puudub —
preview-country = Riik
preview-country-unknown = — teadmata —
preview-topics = Teemad
preview-topics-hint = Komadega eraldatud, näiteks: { $examples }
preview-channels = Kanalid
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Vestlus
preview-submit = Otsi
preview-error-vocabularies = Riikide või keeleversioonide laadimine ebaõnnestus ({ $error }).
preview-error-lookup = Otsing ebaõnnestus ({ $error }).

## The answer.
preview-chat-shows = Mida vestlus näitab
preview-raw-json = Toores JSON
preview-meta-language = Keel: { $code } (allikas: { $source })
preview-meta-country = Riik: { $code } (allikas: { $source })
preview-meta-country-unknown = Riik: teadmata
preview-meta-locale = Keeleversioon: { $code }
preview-meta-lines = Abitelefonid: { $count }
preview-international = Rahvusvahelised kataloogid

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Hädaabi:
preview-police = politsei
preview-ambulance = kiirabi
preview-fire = päästeamet
preview-open-now = Praegu avatud
preview-closed-now = Praegu suletud
preview-hours-unknown = Lahtiolekuajad teadmata
preview-action-call = Helista { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Vestlus
preview-action-website = Veebileht
preview-fact-languages = Keeled: { $list }
preview-fact-languages-none = Keeled: pole märgitud
preview-fact-hours = Lahtiolekuajad: { $times }
preview-fact-checked = Teenusepakkujaga kontrollitud: { $date }
preview-fact-newest-source = Uusim allikas: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Tõendus: abitelefoni enda leht
preview-evidence-corroborated = Tõendus: kaks sõltumatut avaldajat
preview-evidence-single = Tõendus: üks kirje
preview-evidence-conflict = Tõendus: allikad on vastuolus
preview-fact-country = Riik: { $code }

## The coverage tab.
preview-coverage-summary = Riigid ja territooriumid: { $total } · abitelefoniga: { $covered } · ainult hädaabinumbriga: { $uncovered }.
preview-coverage-age = Abitelefonid, mille uusim allikas on vanem kui 24 kuud: { $stale }/{ $total }.
preview-map-caption = Katvuse maailmakaart
preview-map-line = Abitelefon olemas
preview-map-emergency = Ainult hädaabinumber
preview-map-none = Andmetes puudub
preview-coverage-legend = Esiletõstetud ridadel on ainult hädaabinumber, valitud abitelefoni pole.
preview-coverage-caption = Riigid ja territooriumid (sordi veerunuppudega)
preview-column-code = Kood
preview-column-lines = Abitelefonid
preview-column-languages = Keeled
preview-column-emergency = Hädaabi
preview-column-stale = Vanade allikatega abitelefonid
preview-emergency-only = ainult hädaabi
preview-error-countries = Riikide laadimine ebaõnnestus ({ $error }).

## The locales tab.
preview-locales-summary = Keeleversioonid: { $total } · emakeelse kõneleja üle vaadatud: { $reviewed }.
preview-locales-caption = Kaasatud keeleversioonid ja nende ülevaatuse seis
preview-column-native-name = Nimi selles keeles
preview-column-direction = Kirjasuund
preview-column-review = Ülevaatus
preview-reviewed = Üle vaadatud
preview-not-reviewed = Üle vaatamata
preview-error-locales = Keeleversioonide laadimine ebaõnnestus ({ $error }).
