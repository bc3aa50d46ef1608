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

support-opening = Es tut mir wirklich leid, dass Sie das gerade durchmachen, und ich bin froh, dass Sie darüber sprechen. Sie müssen das nicht allein durchstehen.

support-body =
    { $line_state ->
        [open] Sie können { $line_name } jetzt sofort erreichen: { support-reach }.{ support-free }
        [closed] { $line_name } ist im Moment nicht besetzt und ab { $opens_at } Uhr wieder erreichbar: { support-reach }.{ support-free }
        [unknown] Sie können { $line_name } erreichen: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Unter { $directory } finden Sie ein Hilfsangebot in Ihrer Nähe.
           *[no] Wenn Sie mir sagen, in welchem Land Sie sind, suche ich Ihnen ein Hilfsangebot in Ihrer Nähe heraus. Sie finden auch unter { $directory } eines.
        }
    }

support-reach =
    { $reach ->
        [call] Rufen Sie { $contact } an
        [text] Schreiben Sie eine SMS an { $contact }
        [chat] Chatten Sie mit dem Team unter { $contact }
        [whatsapp] Schreiben Sie per WhatsApp an { $contact }
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

## The question asked when we do not know the person's country.
ask-country = In welchem Land sind Sie? Dann kann ich Ihnen ein Hilfsangebot in Ihrer Nähe zeigen.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Jetzt nicht erreichbar, wieder ab { $opens_at } Uhr{ summary-schedule }
       *[unknown] Erreichbarkeit nicht angegeben
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
preview-intro = Für Betreuer und Integratoren: was ein Chatbot anzeigen würde, nur aus der öffentlichen API erstellt. Bitte hier keine echten Gespräche einfügen.
preview-views = Ansichten
preview-tab-lookup = Abfrage
preview-tab-coverage = Abdeckung
preview-tab-locales = Sprachversionen
preview-loading = Wird geladen…
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
preview-chat-shows = Was der Chat anzeigt
preview-raw-json = JSON im Rohformat
preview-meta-language = Sprache: { $code } (aus { $source })
preview-meta-country = Land: { $code } (aus { $source })
preview-meta-country-unknown = Land: unbekannt
preview-meta-locale = Sprachversion: { $code }
preview-meta-lines = Hilfsangebote: { $count }
preview-international = Internationale Verzeichnisse
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
preview-fact-verified = Geprüft: { $date }
preview-fact-evidence = Belege: { $evidence }
preview-fact-country = Land: { $code }
preview-coverage-summary = Länder und Gebiete: { $total } · mit Hilfsangeboten: { $covered } · nur mit Notrufnummer: { $uncovered }.
preview-coverage-pending = Prüfdaten werden gelesen… noch offen: { $count }.
preview-coverage-oldest = Älteste Prüfung eines Hilfsangebots: { $date }.
preview-coverage-legend = Hervorgehobene Zeilen haben nur eine Notrufnummer, kein ausgewähltes Hilfsangebot.
preview-coverage-caption = Länder und Gebiete (mit den Schaltflächen in den Spalten sortieren)
preview-column-code = Code
preview-column-lines = Hilfsangebote
preview-column-languages = Sprachen
preview-column-emergency = Notruf
preview-column-verified = Älteste Prüfung
preview-emergency-only = nur Notruf
preview-error-countries = Die Länder konnten nicht geladen werden ({ $error }).
preview-locales-summary = Sprachversionen: { $total } · von Muttersprachlern geprüft: { $reviewed }.
preview-locales-caption = Mitgelieferte Sprachversionen und ihr Prüfstatus
preview-column-native-name = Eigenname
preview-column-direction = Schreibrichtung
preview-column-review = Prüfung
preview-reviewed = Geprüft
preview-not-reviewed = Nicht geprüft
preview-error-locales = Die Sprachversionen konnten nicht geladen werden ({ $error }).
