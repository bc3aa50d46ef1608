### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "du", as Livslinien and the other Danish lines write to the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is written for these sentences ("Livslinien");
## label: only the line's name, so it stands as a label ("Navn: ring …").
## $opens_at comes as Danish writes a time ("09.00"), so "kl." stays right.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Jeg er virkelig ked af, at du har det så svært lige nu, og jeg er glad for, at du fortæller mig det. Du behøver ikke stå alene med det.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Du kan kontakte { $line_name } lige nu: { support-reach }.{ support-free }
               *[label] Du kan kontakte en hjælpelinje lige nu. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } har lukket lige nu og åbner igen { support-opens }: { support-reach }.{ support-free }
               *[label] Hjælpelinjen har lukket lige nu og åbner igen { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Du kan kontakte { $line_name }: { support-reach }.{ support-free }
               *[label] Her er en hjælpelinje, du kan kontakte. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] På { $directory } kan du finde en hjælpelinje i dit land.
               *[no] Du kan også finde en hjælpelinje på { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] i dag kl. { $opens_at }
        [tomorrow] i morgen kl. { $opens_at }
        [mon] på mandag kl. { $opens_at }
        [tue] på tirsdag kl. { $opens_at }
        [wed] på onsdag kl. { $opens_at }
        [thu] på torsdag kl. { $opens_at }
        [fri] på fredag kl. { $opens_at }
        [sat] på lørdag kl. { $opens_at }
        [sun] på søndag kl. { $opens_at }
       *[none] senere
    }

support-reach =
    { $reach ->
        [call] ring på { $contact }
        [text] send en sms til { $contact }
        [chat] skriv i chatten på { $contact }
        [whatsapp] skriv på WhatsApp til { $contact }
       *[web] gå ind på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det er gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Hvis du er i akut fare, så ring til det lokale alarmnummer nu.
       *[other] Hvis du er i akut fare, så ring { $emergency } nu.
    }

support-closing = Det kan også hjælpe at tale med en, du stoler på. Så tunge følelser kan blive lettere med støtte, og du kan blive ved med at tale med mig.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = Hvilket land er du i? Så kan jeg vise dig en hjælpelinje i dit land.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ring { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Sms { $sms }{" · "}
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
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Åben døgnet rundt
        [open] Åben nu, til kl. { $closes_at }{ summary-schedule }
        [closed] Lukket nu, åbner { summary-opens }{ summary-schedule }
       *[unknown] Åbningstider ikke oplyst
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kl. { $opens_at }
        [tomorrow] i morgen kl. { $opens_at }
        [mon] man. kl. { $opens_at }
        [tue] tirs. kl. { $opens_at }
        [wed] ons. kl. { $opens_at }
        [thu] tors. kl. { $opens_at }
        [fri] fre. kl. { $opens_at }
        [sat] lør. kl. { $opens_at }
        [sun] søn. kl. { $opens_at }
       *[none] senere
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alle dage kl. { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } kl. { $from }–{ $to })
        [day] {" "}({ summary-first-day } kl. { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] man.
        [tue] tirs.
        [wed] ons.
        [thu] tors.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }
summary-last-day =
    { $last ->
        [mon] man.
        [tue] tirs.
        [wed] ons.
        [thu] tors.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – forhåndsvisning
preview-heading = forhåndsvisning
preview-skip = Gå til indhold
preview-protocol-link = Sådan henviser tjenesten folk til hjælp
preview-intro = Til vedligeholdere og integratorer: det, en chatbot ville vise, bygget udelukkende på det offentlige API. Indsæt ikke rigtige samtaler her.
preview-views = Visninger
preview-tab-lookup = Opslag
preview-tab-coverage = Dækning
preview-tab-locales = Sprogversioner
preview-loading = Indlæser…
preview-message = Besked
preview-message-hint = Bruges kun til at genkende sproget.
preview-locale = Sprogversion
preview-locale-none = — ingen —
preview-country = Land
preview-country-unknown = — ukendt —
preview-topics = Emner
preview-topics-hint = Adskilt med komma, for eksempel: { $examples }
preview-channels = Kanaler
preview-channel-phone = Telefon
preview-channel-sms = Sms
preview-channel-chat = Chat
preview-submit = Slå op
preview-error-vocabularies = Landene eller sprogversionerne kunne ikke indlæses ({ $error }).
preview-error-lookup = Opslaget kunne ikke gennemføres ({ $error }).
preview-chat-shows = Det viser chatten
preview-raw-json = Rå JSON
preview-meta-language = Sprog: { $code } (ud fra { $source })
preview-meta-country = Land: { $code } (ud fra { $source })
preview-meta-country-unknown = Land: ukendt
preview-meta-locale = Sprogversion: { $code }
preview-meta-lines = Hjælpelinjer: { $count }
preview-international = Internationale oversigter
preview-emergency = Alarmnummer:
preview-police = politi
preview-ambulance = ambulance
preview-fire = brandvæsen
preview-open-now = Åben nu
preview-closed-now = Lukket nu
preview-hours-unknown = Åbningstider ukendte
preview-action-call = Ring { $number }
preview-action-text = Sms { $number }
preview-action-chat = Chat
preview-action-website = Hjemmeside
preview-fact-languages = Sprog: { $list }
preview-fact-languages-none = Sprog: ikke oplyst
preview-fact-hours = Åbningstider: { $times }
preview-fact-checked = Kontrolleret hos udbyderen: { $date }
preview-fact-newest-source = Nyeste kilde: { $date }
preview-evidence-provider = Belæg: linjens egen side
preview-evidence-corroborated = Belæg: to uafhængige udgivere
preview-evidence-single = Belæg: én oversigt
preview-evidence-conflict = Belæg: kilderne er uenige
preview-fact-country = Land: { $code }
preview-coverage-summary = Lande og områder: { $total } · med hjælpelinjer: { $covered } · kun alarmnummer: { $uncovered }.
preview-coverage-age = Linjer, hvis nyeste kilde er ældre end 24 måneder: { $stale } af { $total }.
preview-map-caption = Verdenskort over dækningen
preview-map-line = Har en hjælpelinje
preview-map-emergency = Kun alarmnummer
preview-map-none = Ikke i datasættet
preview-coverage-legend = Fremhævede rækker har kun et alarmnummer og ingen udvalgt hjælpelinje.
preview-coverage-caption = Lande og områder (sortér med knapperne i kolonnerne)
preview-column-code = Kode
preview-column-lines = Hjælpelinjer
preview-column-languages = Sprog
preview-column-emergency = Alarmnummer
preview-column-stale = Linjer med gamle kilder
preview-emergency-only = kun alarmnummer
preview-error-countries = Landene kunne ikke indlæses ({ $error }).
preview-locales-summary = Sprogversioner: { $total } · gennemlæst af en modersmålstaler: { $reviewed }.
preview-locales-caption = Medfølgende sprogversioner og deres gennemlæsning
preview-column-native-name = Navn på eget sprog
preview-column-direction = Retning
preview-column-review = Gennemlæsning
preview-reviewed = Gennemlæst
preview-not-reviewed = Ikke gennemlæst
preview-error-locales = Sprogversionerne kunne ikke indlæses ({ $error }).
