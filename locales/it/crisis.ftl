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

support-opening = Mi dispiace davvero che tu stia attraversando tutto questo, e mi fa piacere che tu me ne abbia parlato. Non devi affrontarlo senza aiuto.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Puoi contattare subito { $line_name }: { support-reach }.{ support-free }
               *[label] Puoi contattare subito una linea di ascolto. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] In questo momento { $line_name } non è disponibile; { support-opens } riapre: { support-reach }.{ support-free }
               *[label] Questa linea di ascolto al momento non è disponibile; { support-opens } riapre. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Puoi contattare { $line_name }: { support-reach }.{ support-free }
               *[label] Ecco una linea di ascolto che puoi contattare. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Su { $directory } puoi trovare una linea di ascolto nel tuo Paese.
               *[no] Puoi trovare una linea di ascolto anche su { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] oggi alle ore { $opens_at }
        [tomorrow] domani alle ore { $opens_at }
        [mon] lunedì alle ore { $opens_at }
        [tue] martedì alle ore { $opens_at }
        [wed] mercoledì alle ore { $opens_at }
        [thu] giovedì alle ore { $opens_at }
        [fri] venerdì alle ore { $opens_at }
        [sat] sabato alle ore { $opens_at }
        [sun] domenica alle ore { $opens_at }
       *[none] più tardi
    }

support-reach =
    { $reach ->
        [call] chiama il numero { $contact }
        [text] invia un SMS al numero { $contact }
        [chat] scrivi in chat su { $contact }
        [whatsapp] scrivi su WhatsApp al numero { $contact }
       *[web] vai su { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Il servizio è gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se sei in pericolo immediato, contatta subito i servizi di emergenza della tua zona.
       *[other] Se sei in pericolo immediato, chiama subito il numero di emergenza { $emergency }.
    }

support-closing = Anche parlarne con una persona di cui ti fidi può aiutare. Emozioni così pesanti possono alleggerirsi con il giusto sostegno, e puoi continuare a parlare con me.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = In quale Paese ti trovi? Così posso indicarti una linea di ascolto nel tuo Paese.

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
       *[other] Chiama { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuito{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Attivo 24 ore su 24
        [open] Aperto ora, fino alle ore { $closes_at }{ summary-schedule }
        [closed] Chiuso ora, riapre { summary-opens }{ summary-schedule }
       *[unknown] Orari non indicati
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] alle ore { $opens_at }
        [tomorrow] domani alle ore { $opens_at }
        [mon] lun alle ore { $opens_at }
        [tue] mar alle ore { $opens_at }
        [wed] mer alle ore { $opens_at }
        [thu] gio alle ore { $opens_at }
        [fri] ven alle ore { $opens_at }
        [sat] sab alle ore { $opens_at }
        [sun] dom alle ore { $opens_at }
       *[none] più tardi
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(tutti i giorni { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lun
        [tue] mar
        [wed] mer
        [thu] gio
        [fri] ven
        [sat] sab
       *[sun] dom
    }
summary-last-day =
    { $last ->
        [mon] lun
        [tue] mar
        [wed] mer
        [thu] gio
        [fri] ven
        [sat] sab
       *[sun] dom
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Anteprima di crisis-lookup
preview-heading = anteprima
preview-skip = Vai al contenuto
preview-protocol-link = Come questo servizio indirizza le persone verso un aiuto
preview-intro = Per chi mantiene o integra il servizio: ciò che mostrerebbe un chatbot, costruito solo con l’API pubblica. Non incollare qui conversazioni reali.
preview-views = Viste
preview-tab-lookup = Ricerca
preview-tab-coverage = Copertura
preview-tab-locales = Lingue
preview-loading = Caricamento…

## The lookup form.
preview-message = Messaggio
preview-message-hint = Serve solo a riconoscere la lingua.
preview-locale = Impostazioni locali
preview-locale-none = — nessuna —
preview-country = Paese
preview-country-unknown = — sconosciuto —
preview-topics = Temi
preview-topics-hint = Separati da virgole, per esempio: { $examples }
preview-channels = Canali
preview-channel-phone = Telefono
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Cerca
preview-error-vocabularies = Impossibile caricare i paesi o le lingue ({ $error }).
preview-error-lookup = La ricerca non è riuscita ({ $error }).

## The answer.
preview-chat-shows = Cosa mostra la chat
preview-raw-json = JSON grezzo
preview-meta-language = Lingua: { $code } (da { $source })
preview-meta-country = Paese: { $code } (da { $source })
preview-meta-country-unknown = Paese: sconosciuto
preview-meta-locale = Impostazioni locali: { $code }
preview-meta-lines = Linee di ascolto: { $count }
preview-international = Elenchi internazionali

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Emergenze:
preview-police = polizia
preview-ambulance = ambulanza
preview-fire = vigili del fuoco
preview-open-now = Aperto ora
preview-closed-now = Chiuso ora
preview-hours-unknown = Orari sconosciuti
preview-action-call = Chiama { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Sito web
preview-fact-languages = Lingue: { $list }
preview-fact-languages-none = Lingue: non indicate
preview-fact-hours = Orari: { $times }
preview-fact-checked = Verificato con il servizio: { $date }
preview-fact-newest-source = Fonte più recente: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Fonti: la pagina della linea stessa
preview-evidence-corroborated = Fonti: due editori indipendenti
preview-evidence-single = Fonti: un solo elenco
preview-evidence-conflict = Fonti: in disaccordo
preview-fact-country = Paese: { $code }

## The coverage tab.
preview-coverage-summary = Paesi e territori: { $total } · con linee di ascolto: { $covered } · solo numero di emergenza: { $uncovered }.
preview-coverage-age = Linee la cui fonte più recente ha più di 24 mesi: { $stale } su { $total }.
preview-map-caption = Mappa mondiale della copertura
preview-map-line = Con linea di ascolto
preview-map-emergency = Solo numero di emergenza
preview-map-none = Non presente nei dati
preview-coverage-legend = Le righe evidenziate hanno solo un numero di emergenza, nessuna linea di ascolto selezionata.
preview-coverage-caption = Paesi e territori (ordina con i pulsanti delle colonne)
preview-column-code = Codice
preview-column-lines = Linee di ascolto
preview-column-languages = Lingue
preview-column-emergency = Emergenze
preview-column-stale = Linee con fonti vecchie
preview-emergency-only = solo emergenze
preview-error-countries = Impossibile caricare i paesi ({ $error }).

## The locales tab.
preview-locales-summary = Lingue: { $total } · riviste da madrelingua: { $reviewed }.
preview-locales-caption = Lingue incluse e stato della revisione
preview-column-native-name = Nome nella lingua
preview-column-direction = Direzione
preview-column-review = Revisione
preview-reviewed = Rivista
preview-not-reviewed = Non rivista
preview-error-locales = Impossibile caricare le lingue ({ $error }).
