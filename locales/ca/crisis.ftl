### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "tu", as the 024 and Catalan support lines write to the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name carries its article ("la Línia Verda 177") and
## never starts a sentence; no adjective agrees with it. label: only the
## line's name, so it stands as a label ("Nom: truca al …").
## $opens_at comes as Catalan writes a time ("9:00"), after "a les".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Sento molt que estiguis passant per això, i m’alegra que m’ho hagis explicat. No cal que ho afrontis en solitari.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Pots contactar ara mateix amb { $line_name }: { support-reach }.{ support-free }
               *[label] Ara mateix pots contactar amb una línia d’ajuda. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Ara mateix { $line_name } no està disponible i torna a atendre { support-opens }: { support-reach }.{ support-free }
               *[label] Aquesta línia d’ajuda ara està tancada i torna a obrir { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Pots contactar amb { $line_name }: { support-reach }.{ support-free }
               *[label] Pots contactar amb aquesta línia d’ajuda. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] A { $directory } pots trobar una línia d’ajuda del teu país.
               *[no] També pots trobar una línia d’ajuda a { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] avui a les { $opens_at }
        [tomorrow] demà a les { $opens_at }
        [mon] dilluns a les { $opens_at }
        [tue] dimarts a les { $opens_at }
        [wed] dimecres a les { $opens_at }
        [thu] dijous a les { $opens_at }
        [fri] divendres a les { $opens_at }
        [sat] dissabte a les { $opens_at }
        [sun] diumenge a les { $opens_at }
       *[none] més tard
    }

support-reach =
    { $reach ->
        [call] truca al { $contact }
        [text] envia un SMS al { $contact }
        [chat] escriu al xat de { $contact }
        [whatsapp] escriu per WhatsApp al { $contact }
       *[web] entra a { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}És gratuït.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si estàs en perill immediat, contacta ara amb els serveis d’emergència de la teva zona.
       *[other] Si estàs en perill immediat, truca ara al { $emergency }.
    }

support-closing = Parlar amb algú de confiança també pot ajudar. Amb suport, uns sentiments tan feixucs es poden alleugerir, i pots continuar parlant amb mi.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = En quin país ets? Així et puc mostrar una línia d’ajuda del teu país.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Truca al { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS al { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Xat en línia{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuït{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Obert 24 hores, cada dia
        [open] Obert ara, fins a les { $closes_at }{ summary-schedule }
        [closed] Tancat ara, obre { summary-opens }{ summary-schedule }
       *[unknown] Horari no indicat
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] a les { $opens_at }
        [tomorrow] demà a les { $opens_at }
        [mon] dl. a les { $opens_at }
        [tue] dt. a les { $opens_at }
        [wed] dc. a les { $opens_at }
        [thu] dj. a les { $opens_at }
        [fri] dv. a les { $opens_at }
        [sat] ds. a les { $opens_at }
        [sun] dg. a les { $opens_at }
       *[none] més tard
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(cada dia, de { $from } a { $to })
        [days] {" "}(de { summary-first-day } a { summary-last-day }, de { $from } a { $to })
        [day] {" "}({ summary-first-day }, de { $from } a { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] dl.
        [tue] dt.
        [wed] dc.
        [thu] dj.
        [fri] dv.
        [sat] ds.
       *[sun] dg.
    }
summary-last-day =
    { $last ->
        [mon] dl.
        [tue] dt.
        [wed] dc.
        [thu] dj.
        [fri] dv.
        [sat] ds.
       *[sun] dg.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Previsualització de crisis-lookup
preview-heading = previsualització
preview-skip = Vés al contingut
preview-protocol-link = Com orienta aquest servei les persones cap a l’ajuda
preview-intro = Per a mantenidors i integradors: el que mostraria un xatbot, construït només amb l’API pública. No hi enganxis converses reals.
preview-views = Vistes
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomes
preview-loading = S’està carregant…
preview-message = Missatge
preview-message-hint = Només s’utilitza per detectar l’idioma.
preview-locale = Configuració regional
preview-locale-none = — cap —
preview-country = País
preview-country-unknown = — desconegut —
preview-topics = Temes
preview-topics-hint = Separats per comes, per exemple: { $examples }
preview-channels = Canals
preview-channel-phone = Telèfon
preview-channel-sms = SMS
preview-channel-chat = Xat
preview-submit = Consulta
preview-error-vocabularies = No s’han pogut carregar els països o els idiomes ({ $error }).
preview-error-lookup = No s’ha pogut fer la consulta ({ $error }).
preview-chat-shows = El que mostra el xat
preview-raw-json = JSON en brut
preview-meta-language = Idioma: { $code } (segons { $source })
preview-meta-country = País: { $code } (segons { $source })
preview-meta-country-unknown = País: desconegut
preview-meta-locale = Configuració regional: { $code }
preview-meta-lines = Línies d’ajuda: { $count }
preview-international = Directoris internacionals
preview-emergency = Emergències:
preview-police = policia
preview-ambulance = ambulància
preview-fire = bombers
preview-open-now = Obert ara
preview-closed-now = Tancat ara
preview-hours-unknown = Horari desconegut
preview-action-call = Truca al { $number }
preview-action-text = SMS al { $number }
preview-action-chat = Xat
preview-action-website = Lloc web
preview-fact-languages = Idiomes: { $list }
preview-fact-languages-none = Idiomes: no indicats
preview-fact-hours = Horari: { $times }
preview-fact-checked = Comprovat amb el proveïdor: { $date }
preview-fact-newest-source = Font més recent: { $date }
preview-evidence-provider = Fiabilitat: pàgina pròpia de la línia
preview-evidence-corroborated = Fiabilitat: dues fonts independents
preview-evidence-single = Fiabilitat: un sol llistat
preview-evidence-conflict = Fiabilitat: les fonts no coincideixen
preview-fact-country = País: { $code }
preview-coverage-summary = Països i territoris: { $total } · amb línies d’ajuda: { $covered } · només amb número d’emergència: { $uncovered }.
preview-coverage-age = Línies amb la font més recent de fa més de 24 mesos: { $stale } de { $total }.
preview-map-caption = Mapa mundial de la cobertura
preview-map-line = Té línia d’ajuda
preview-map-emergency = Només número d’emergència
preview-map-none = No és al conjunt de dades
preview-coverage-legend = Les files destacades només tenen un número d’emergència, sense cap línia d’ajuda seleccionada.
preview-coverage-caption = Països i territoris (ordena’ls amb els botons de les columnes)
preview-column-code = Codi
preview-column-lines = Línies d’ajuda
preview-column-languages = Idiomes
preview-column-emergency = Emergències
preview-column-stale = Línies amb fonts antigues
preview-emergency-only = només emergències
preview-error-countries = No s’han pogut carregar els països ({ $error }).
preview-locales-summary = Idiomes: { $total } · revisats per una persona nativa: { $reviewed }.
preview-locales-caption = Idiomes inclosos i estat de la revisió
preview-column-native-name = Nom en l’idioma
preview-column-direction = Direcció
preview-column-review = Revisió
preview-reviewed = Revisat
preview-not-reviewed = Sense revisar
preview-error-locales = No s’han pogut carregar els idiomes ({ $error }).
