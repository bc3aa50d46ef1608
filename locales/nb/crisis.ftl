### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "du", as Kirkens SOS and Mental Helse write to the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is written for these sentences ("Kirkens SOS");
## label: only the line's name, so it stands as a label ("Navn: ring …").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Jeg er virkelig lei meg for at du har det så tungt nå, og jeg er glad for at du forteller meg det. Du trenger ikke stå alene i dette.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Du kan kontakte { $line_name } akkurat nå: { support-reach }.{ support-free }
               *[label] Du kan kontakte en hjelpetelefon akkurat nå. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } er stengt nå og åpner igjen { support-opens }: { support-reach }.{ support-free }
               *[label] Hjelpetelefonen er stengt nå og åpner igjen { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Du kan kontakte { $line_name }: { support-reach }.{ support-free }
               *[label] Her er en hjelpetelefon du kan kontakte. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] På { $directory } kan du finne en hjelpetelefon i landet ditt.
               *[no] Du kan også finne en hjelpetelefon på { $directory }.
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
        [call] ring { $contact }
        [text] send SMS til { $contact }
        [chat] skriv i chatten på { $contact }
        [whatsapp] skriv på WhatsApp til { $contact }
       *[web] gå inn på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det er gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Hvis du er i akutt fare, ring det lokale nødnummeret nå.
       *[other] Hvis du er i akutt fare, ring { $emergency } nå.
    }

support-closing = Det kan også hjelpe å snakke med noen du stoler på. Så tunge følelser kan bli lettere med støtte, og du kan fortsette å snakke med meg.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = Hvilket land er du i? Da kan jeg vise deg en hjelpetelefon i landet ditt.

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
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Døgnåpen
        [open] Åpen nå, til kl. { $closes_at }{ summary-schedule }
        [closed] Stengt nå, åpner { summary-opens }{ summary-schedule }
       *[unknown] Åpningstider ikke oppgitt
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kl. { $opens_at }
        [tomorrow] i morgen kl. { $opens_at }
        [mon] man. kl. { $opens_at }
        [tue] tir. kl. { $opens_at }
        [wed] ons. kl. { $opens_at }
        [thu] tor. kl. { $opens_at }
        [fri] fre. kl. { $opens_at }
        [sat] lør. kl. { $opens_at }
        [sun] søn. kl. { $opens_at }
       *[none] senere
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alle dager kl. { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } kl. { $from }–{ $to })
        [day] {" "}({ summary-first-day } kl. { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] man.
        [tue] tir.
        [wed] ons.
        [thu] tor.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }
summary-last-day =
    { $last ->
        [mon] man.
        [tue] tir.
        [wed] ons.
        [thu] tor.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – forhåndsvisning
preview-heading = forhåndsvisning
preview-skip = Gå til innholdet
preview-protocol-link = Slik viser tjenesten folk videre til hjelp
preview-intro = For vedlikeholdere og integratorer: det en chatbot ville vist, bygd bare på det offentlige API-et. Ikke lim inn ekte samtaler her.
preview-views = Visninger
preview-tab-lookup = Oppslag
preview-tab-coverage = Dekning
preview-tab-locales = Språkversjoner
preview-loading = Laster inn…
preview-message = Melding
preview-message-hint = Brukes bare til å gjenkjenne språket.
preview-locale = Språkversjon
preview-locale-none = — ingen —
preview-country = Land
preview-country-unknown = — ukjent —
preview-topics = Emner
preview-topics-hint = Skilt med komma, for eksempel: { $examples }
preview-channels = Kanaler
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Slå opp
preview-error-vocabularies = Kunne ikke laste inn landene eller språkversjonene ({ $error }).
preview-error-lookup = Oppslaget kunne ikke gjennomføres ({ $error }).
preview-chat-shows = Dette viser chatten
preview-raw-json = Rå JSON
preview-meta-language = Språk: { $code } (ut fra { $source })
preview-meta-country = Land: { $code } (ut fra { $source })
preview-meta-country-unknown = Land: ukjent
preview-meta-locale = Språkversjon: { $code }
preview-meta-lines = Hjelpetelefoner: { $count }
preview-international = Internasjonale oversikter
preview-emergency = Nødnummer:
preview-police = politi
preview-ambulance = ambulanse
preview-fire = brannvesen
preview-open-now = Åpen nå
preview-closed-now = Stengt nå
preview-hours-unknown = Åpningstider ukjent
preview-action-call = Ring { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Nettsted
preview-fact-languages = Språk: { $list }
preview-fact-languages-none = Språk: ikke oppgitt
preview-fact-hours = Åpningstider: { $times }
preview-fact-checked = Kontrollert hos tilbyderen: { $date }
preview-fact-newest-source = Nyeste kilde: { $date }
preview-evidence-provider = Belegg: hjelpetelefonens egen side
preview-evidence-corroborated = Belegg: to uavhengige utgivere
preview-evidence-single = Belegg: én oppføring
preview-evidence-conflict = Belegg: kildene er uenige
preview-fact-country = Land: { $code }
preview-coverage-summary = Land og områder: { $total } · med hjelpetelefoner: { $covered } · bare nødnummer: { $uncovered }.
preview-coverage-age = Hjelpetelefoner der nyeste kilde er eldre enn 24 måneder: { $stale } av { $total }.
preview-map-caption = Verdenskart over dekningen
preview-map-line = Har hjelpetelefon
preview-map-emergency = Bare nødnummer
preview-map-none = Ikke i datasettet
preview-coverage-legend = Uthevede rader har bare et nødnummer og ingen utvalgt hjelpetelefon.
preview-coverage-caption = Land og områder (sorter med knappene i kolonnene)
preview-column-code = Kode
preview-column-lines = Hjelpetelefoner
preview-column-languages = Språk
preview-column-emergency = Nødnummer
preview-column-stale = Med gamle kilder
preview-emergency-only = bare nødnummer
preview-error-countries = Kunne ikke laste inn landene ({ $error }).
preview-locales-summary = Språkversjoner: { $total } · gjennomlest av en med språket som morsmål: { $reviewed }.
preview-locales-caption = Medfølgende språkversjoner og om de er gjennomlest
preview-column-native-name = Navn på eget språk
preview-column-direction = Retning
preview-column-review = Gjennomlesing
preview-reviewed = Gjennomlest
preview-not-reviewed = Ikke gjennomlest
preview-error-locales = Kunne ikke laste inn språkversjonene ({ $error }).
