### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Es tut mir wirklich leid, dass Sie das gerade durchmachen, und ich bin froh, dass Sie darüber sprechen. Sie müssen das nicht allein durchstehen.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Gerade jetzt ist { $line_name } für Sie erreichbar: { support-reach }.{ support-free }
               *[label] Sie können jetzt sofort Unterstützung bekommen. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Im Moment ist { $line_name } nicht erreichbar, aber { support-opens } wieder für Sie da: { support-reach }.{ support-free }
               *[label] Dieses Hilfsangebot ist im Moment nicht erreichbar, aber { support-opens } wieder für Sie da. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Unterstützung bietet { $line_name }: { support-reach }.{ support-free }
               *[label] Hier können Sie Unterstützung bekommen. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Unter { $directory } finden Sie ein Hilfsangebot in Ihrem Land.
               *[no] Ein Hilfsangebot finden Sie auch unter { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] heute um { $opens_at } Uhr
        [tomorrow] morgen um { $opens_at } Uhr
        [mon] am Montag um { $opens_at } Uhr
        [tue] am Dienstag um { $opens_at } Uhr
        [wed] am Mittwoch um { $opens_at } Uhr
        [thu] am Donnerstag um { $opens_at } Uhr
        [fri] am Freitag um { $opens_at } Uhr
        [sat] am Samstag um { $opens_at } Uhr
        [sun] am Sonntag um { $opens_at } Uhr
       *[none] später
    }

support-reach =
    { $reach ->
        [call] Rufen Sie { $contact } an
        [text] Schreiben Sie eine SMS an { $contact }
        [chat] Nutzen Sie den Chat unter { $contact }
        [whatsapp] Schreiben Sie eine WhatsApp-Nachricht an { $contact }
       *[web] Besuchen Sie { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Der Kontakt ist kostenlos.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Wenn Sie in akuter Gefahr sind, wenden Sie sich bitte jetzt an den örtlichen Notruf.
       *[other] Wenn Sie in akuter Gefahr sind, wählen Sie jetzt den Notruf { $emergency }.
    }

support-closing = Es kann auch helfen, sich an einen Menschen zu wenden, dem Sie vertrauen. So schwere Gefühle können mit Unterstützung leichter werden, und Sie können gern weiter mit mir sprechen.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = In welchem Land sind Sie? Dann kann ich Ihnen ein Hilfsangebot in Ihrem Land nennen.

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
       *[other] Anrufen: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online-Chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Kostenlos{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Rund um die Uhr erreichbar
        [open] Jetzt erreichbar, bis { $closes_at } Uhr{ summary-schedule }
        [closed] Jetzt nicht erreichbar, { summary-opens }{ summary-schedule }
       *[unknown] Erreichbarkeit nicht angegeben
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ab { $opens_at } Uhr wieder
        [tomorrow] morgen ab { $opens_at } Uhr wieder
        [mon] Mo ab { $opens_at } Uhr wieder
        [tue] Di ab { $opens_at } Uhr wieder
        [wed] Mi ab { $opens_at } Uhr wieder
        [thu] Do ab { $opens_at } Uhr wieder
        [fri] Fr ab { $opens_at } Uhr wieder
        [sat] Sa ab { $opens_at } Uhr wieder
        [sun] So ab { $opens_at } Uhr wieder
       *[none] später wieder
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(täglich { $from }–{ $to } Uhr)
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to } Uhr)
        [day] {" "}({ summary-first-day } { $from }–{ $to } Uhr)
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Mo
        [tue] Di
        [wed] Mi
        [thu] Do
        [fri] Fr
        [sat] Sa
       *[sun] So
    }
summary-last-day =
    { $last ->
        [mon] Mo
        [tue] Di
        [wed] Mi
        [thu] Do
        [fri] Fr
        [sat] Sa
       *[sun] So
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – Vorschau
preview-heading = Vorschau
preview-skip = Zum Inhalt springen
preview-protocol-link = Wie dieser Dienst Menschen an Hilfe vermittelt
preview-intro = Für alle, die den Dienst pflegen oder einbinden: was ein Chatbot anzeigen würde, nur aus der öffentlichen API erstellt. Bitte hier keine echten Gespräche einfügen.
preview-views = Ansichten
preview-tab-lookup = Abfrage
preview-tab-coverage = Abdeckung
preview-tab-locales = Sprachversionen
preview-loading = Wird geladen…

## The lookup form.
preview-message = Nachricht
preview-message-hint = Dient nur zum Erkennen der Sprache.
preview-locale = Sprachversion
preview-locale-none = — keine —
preview-country = Land
preview-country-unknown = — unbekannt —
preview-topics = Themen
preview-topics-hint = Durch Kommas getrennt, zum Beispiel: { $examples }
preview-channels = Kanäle
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Abfragen
preview-error-vocabularies = Länder oder Sprachversionen konnten nicht geladen werden ({ $error }).
preview-error-lookup = Die Abfrage hat nicht geklappt ({ $error }).

## The answer.
preview-chat-shows = Was der Chat anzeigt
preview-raw-json = Roh-JSON
preview-meta-language = Sprache: { $code } (aus { $source })
preview-meta-country = Land: { $code } (aus { $source })
preview-meta-country-unknown = Land: unbekannt
preview-meta-locale = Sprachversion: { $code }
preview-meta-lines = Hilfsangebote: { $count }
preview-international = Internationale Verzeichnisse

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Notruf:
preview-police = Polizei
preview-ambulance = Rettungsdienst
preview-fire = Feuerwehr
preview-open-now = Jetzt erreichbar
preview-closed-now = Jetzt nicht erreichbar
preview-hours-unknown = Erreichbarkeit unbekannt
preview-action-call = Anrufen: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Website
preview-fact-languages = Sprachen: { $list }
preview-fact-languages-none = Sprachen: nicht angegeben
preview-fact-hours = Erreichbarkeit: { $times }
preview-fact-checked = Beim Anbieter nachgefragt: { $date }
preview-fact-newest-source = Neueste Quelle: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Quellen: eigene Seite des Angebots
preview-evidence-corroborated = Quellen: zwei unabhängige Herausgeber
preview-evidence-single = Quellen: nur ein Verzeichniseintrag
preview-evidence-conflict = Quellen: widersprechen sich
preview-fact-country = Land: { $code }

## The coverage tab.
preview-coverage-summary = Länder und Gebiete: { $total } · mit Hilfsangeboten: { $covered } · nur mit Notrufnummer: { $uncovered }.
preview-coverage-age = Hilfsangebote, deren neueste Quelle älter als 24 Monate ist: { $stale } von { $total }.
preview-map-caption = Weltkarte der Abdeckung
preview-map-line = Mit Hilfsangebot
preview-map-emergency = Nur Notrufnummer
preview-map-none = Nicht im Datensatz
preview-coverage-legend = Hervorgehobene Zeilen haben nur eine Notrufnummer, kein ausgewähltes Hilfsangebot.
preview-coverage-caption = Länder und Gebiete (mit den Schaltflächen in den Spalten sortieren)
preview-column-code = Code
preview-column-lines = Hilfsangebote
preview-column-languages = Sprachen
preview-column-emergency = Notruf
preview-column-stale = Angebote mit alten Quellen
preview-emergency-only = nur Notruf
preview-error-countries = Die Länder konnten nicht geladen werden ({ $error }).

## The locales tab.
preview-locales-summary = Sprachversionen: { $total } · von Muttersprachlern geprüft: { $reviewed }.
preview-locales-caption = Mitgelieferte Sprachversionen und ihr Prüfstatus
preview-column-native-name = Name in der eigenen Sprache
preview-column-direction = Schreibrichtung
preview-column-review = Prüfung
preview-reviewed = Geprüft
preview-not-reviewed = Nicht geprüft
preview-error-locales = Die Sprachversionen konnten nicht geladen werden ({ $error }).
