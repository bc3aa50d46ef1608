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

support-opening = Mi dispiace davvero che tu stia attraversando tutto questo, e mi fa piacere che tu ne abbia parlato. Non devi affrontarlo senza aiuto.

support-body =
    { $line_state ->
        [open] Puoi contattare { $line_name } subito: { support-reach }.{ support-free }
        [closed] { $line_name } al momento non è disponibile e riapre alle { $opens_at }: { support-reach }.{ support-free }
        [unknown] Puoi contattare { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Su { $directory } puoi trovare una linea di ascolto vicino a te.
           *[no] Se mi dici in quale paese ti trovi, posso cercare una linea di ascolto vicino a te. Puoi trovarne una anche su { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] chiama il { $contact }
        [text] invia un SMS al { $contact }
        [chat] scrivi in chat su { $contact }
        [whatsapp] scrivi su WhatsApp al { $contact }
       *[web] vai su { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}È gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se sei in pericolo immediato, contatta subito i servizi di emergenza della tua zona.
       *[other] Se sei in pericolo immediato, chiama subito il { $emergency }.
    }

support-closing = Anche parlarne con una persona di cui ti fidi può aiutare. Emozioni così pesanti possono alleggerirsi con il giusto sostegno, e puoi continuare a parlare con me.

## The question asked when we do not know the person's country.
ask-country = In quale paese ti trovi? Così posso indicarti una linea di ascolto vicino a te.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Chiama il { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS al { $sms }{" · "}
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
        [open] Aperto ora, fino alle { $closes_at }{ summary-schedule }
        [closed] Chiuso ora, riapre alle { $opens_at }{ summary-schedule }
       *[unknown] Orari non indicati
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
preview-intro = Per chi mantiene o integra il servizio: ciò che mostrerebbe un chatbot, costruito solo con l’API pubblica. Non incollare qui conversazioni reali.
preview-views = Viste
preview-tab-lookup = Ricerca
preview-tab-coverage = Copertura
preview-tab-locales = Lingue
preview-loading = Caricamento…
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
preview-chat-shows = Cosa mostra la chat
preview-raw-json = JSON grezzo
preview-meta-language = Lingua: { $code } (da { $source })
preview-meta-country = Paese: { $code } (da { $source })
preview-meta-country-unknown = Paese: sconosciuto
preview-meta-locale = Impostazioni locali: { $code }
preview-meta-lines = Linee di ascolto: { $count }
preview-international = Elenchi internazionali
preview-emergency = Emergenze:
preview-police = polizia
preview-ambulance = ambulanza
preview-fire = vigili del fuoco
preview-open-now = Aperto ora
preview-closed-now = Chiuso ora
preview-hours-unknown = Orari sconosciuti
preview-action-call = Chiama il { $number }
preview-action-text = SMS al { $number }
preview-action-chat = Chat
preview-action-website = Sito web
preview-fact-languages = Lingue: { $list }
preview-fact-languages-none = Lingue: non indicate
preview-fact-hours = Orari: { $times }
preview-fact-verified = Verificato: { $date }
preview-fact-evidence = Fonti: { $evidence }
preview-fact-country = Paese: { $code }
preview-coverage-summary = Paesi e territori: { $total } · con linee di ascolto: { $covered } · solo numero di emergenza: { $uncovered }.
preview-coverage-pending = Lettura delle date di verifica… ne mancano: { $count }.
preview-coverage-oldest = Verifica più vecchia di una linea di ascolto: { $date }.
preview-coverage-legend = Le righe evidenziate hanno solo un numero di emergenza, nessuna linea di ascolto selezionata.
preview-coverage-caption = Paesi e territori (ordina con i pulsanti delle colonne)
preview-column-code = Codice
preview-column-lines = Linee di ascolto
preview-column-languages = Lingue
preview-column-emergency = Emergenze
preview-column-verified = Verifica più vecchia
preview-emergency-only = solo emergenze
preview-error-countries = Impossibile caricare i paesi ({ $error }).
preview-locales-summary = Lingue: { $total } · riviste da madrelingua: { $reviewed }.
preview-locales-caption = Lingue incluse e stato della revisione
preview-column-native-name = Nome nella lingua
preview-column-direction = Direzione
preview-column-review = Revisione
preview-reviewed = Rivista
preview-not-reviewed = Non rivista
preview-error-locales = Impossibile caricare le lingue ({ $error }).
