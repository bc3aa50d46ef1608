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

support-opening = Sento molt que estiguis passant per això, i m’alegra que m’ho hagis explicat. No ho has d’afrontar sense suport.

support-body =
    { $line_state ->
        [open] Pots contactar amb { $line_name } ara mateix: { support-reach }.{ support-free }
        [closed] { $line_name } no està disponible en aquest moment i torna a atendre a les { $opens_at }: { support-reach }.{ support-free }
        [unknown] Pots contactar amb { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] A { $directory } pots trobar una línia d’ajuda a prop teu.
           *[no] Si em dius en quin país ets, puc buscar-te una línia d’ajuda a prop teu. També en pots trobar una a { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] truca al { $contact }
        [text] envia un SMS al { $contact }
        [chat] parla per xat a { $contact }
        [whatsapp] escriu-los per WhatsApp al { $contact }
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

support-closing = Parlar amb algú de confiança també pot ajudar. Amb suport, fins i tot uns sentiments tan intensos poden alleujar-se, i pots continuar parlant amb mi.

## The question asked when we do not know the person's country.
ask-country = En quin país ets? Així et puc mostrar una línia d’ajuda a prop teu.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
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
        [always] Disponible 24 hores, cada dia
        [open] Obert ara, fins a les { $closes_at }{ summary-schedule }
        [closed] Tancat ara, obre a les { $opens_at }{ summary-schedule }
       *[unknown] Horari no indicat
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
preview-fact-verified = Verificat: { $date }
preview-fact-evidence = Fonts: { $evidence }
preview-fact-country = País: { $code }
preview-coverage-summary = Països i territoris: { $total } · amb línies d’ajuda: { $covered } · només amb número d’emergència: { $uncovered }.
preview-coverage-pending = S’estan llegint les dates de verificació… en queden: { $count }.
preview-coverage-oldest = Verificació més antiga d’una línia d’ajuda: { $date }.
preview-coverage-legend = Les files destacades només tenen un número d’emergència, sense cap línia d’ajuda seleccionada.
preview-coverage-caption = Països i territoris (ordena’ls amb els botons de les columnes)
preview-column-code = Codi
preview-column-lines = Línies d’ajuda
preview-column-languages = Idiomes
preview-column-emergency = Emergències
preview-column-verified = Verificació més antiga
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
