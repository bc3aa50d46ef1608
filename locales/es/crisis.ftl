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

support-opening = Siento mucho que estés pasando por esto, y me alegra que me lo hayas contado. No tienes que enfrentarlo sin apoyo.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Puedes comunicarte ahora mismo con { $line_name }: { support-reach }.{ support-free }
               *[label] Puedes comunicarte ahora mismo con una línea de ayuda. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] En este momento, { $line_name } no está disponible; { support-opens } vuelve a atender: { support-reach }.{ support-free }
               *[label] Esta línea de ayuda no está disponible en este momento; { support-opens } vuelve a atender. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Puedes comunicarte con { $line_name }: { support-reach }.{ support-free }
               *[label] Aquí tienes una línea de ayuda con la que puedes comunicarte. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] En { $directory } puedes encontrar una línea de ayuda en tu país.
               *[no] También puedes encontrar una línea de ayuda en { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] hoy { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [tomorrow] mañana { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [mon] el lunes { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [tue] el martes { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [wed] el miércoles { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [thu] el jueves { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [fri] el viernes { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [sat] el sábado { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [sun] el domingo { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
       *[none] más tarde
    }

support-reach =
    { $reach ->
        [call] llama al { $contact }
        [text] envía un SMS al { $contact }
        [chat] habla por chat en { $contact }
        [whatsapp] escribe por WhatsApp al { $contact }
       *[web] entra en { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Es gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si estás en peligro inmediato, comunícate ahora con los servicios de emergencia de tu zona.
       *[other] Si estás en peligro inmediato, llama ahora al { $emergency }.
    }

support-closing = Hablar con alguien de confianza también puede ayudar. Con apoyo, incluso sentimientos tan intensos pueden aliviarse, y puedes seguir hablando conmigo.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = ¿En qué país estás? Así puedo mostrarte una línea de ayuda de tu país.

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
       *[other] Llama al { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS al { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat en línea{" · "}
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
        [always] Disponible 24 horas, todos los días
        [open] Abierto ahora, hasta las { $closes_at }{ summary-schedule }
        [closed] Cerrado ahora, abre { summary-opens }{ summary-schedule }
       *[unknown] Horario no indicado
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [tomorrow] mañana { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [mon] el lun. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [tue] el mar. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [wed] el mié. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [thu] el jue. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [fri] el vie. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [sat] el sáb. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
        [sun] el dom. { $opens_hour ->
            [1] a la
           *[other] a las
        } { $opens_at }
       *[none] más tarde
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(todos los días, de { $from } a { $to })
        [days] {" "}(de { summary-first-day } a { summary-last-day }, de { $from } a { $to })
        [day] {" "}({ summary-first-day }, de { $from } a { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lun.
        [tue] mar.
        [wed] mié.
        [thu] jue.
        [fri] vie.
        [sat] sáb.
       *[sun] dom.
    }
summary-last-day =
    { $last ->
        [mon] lun.
        [tue] mar.
        [wed] mié.
        [thu] jue.
        [fri] vie.
        [sat] sáb.
       *[sun] dom.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Vista previa de crisis-lookup
preview-heading = vista previa
preview-skip = Ir al contenido
preview-protocol-link = Cómo orienta este servicio a las personas hacia la ayuda
preview-intro = Para quienes mantienen o integran el servicio: lo que mostraría un chatbot, construido solo con la API pública. No pegues aquí conversaciones reales.
preview-views = Vistas
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomas
preview-loading = Cargando…

## The lookup form.
preview-message = Mensaje
preview-message-hint = Solo se usa para detectar el idioma.
preview-locale = Configuración regional
preview-locale-none = — ninguna —
preview-country = País
preview-country-unknown = — desconocido —
preview-topics = Temas
preview-topics-hint = Separados por comas, por ejemplo: { $examples }
preview-channels = Canales
preview-channel-phone = Teléfono
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Consultar
preview-error-vocabularies = No se pudieron cargar los países o los idiomas ({ $error }).
preview-error-lookup = No se pudo hacer la consulta ({ $error }).

## The answer.
preview-chat-shows = Lo que muestra el chat
preview-raw-json = JSON sin procesar
preview-meta-language = Idioma: { $code } (según { $source })
preview-meta-country = País: { $code } (según { $source })
preview-meta-country-unknown = País: desconocido
preview-meta-locale = Configuración regional: { $code }
preview-meta-lines = Líneas de ayuda: { $count }
preview-international = Directorios internacionales

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Emergencias:
preview-police = policía
preview-ambulance = ambulancia
preview-fire = bomberos
preview-open-now = Abierto ahora
preview-closed-now = Cerrado ahora
preview-hours-unknown = Horario desconocido
preview-action-call = Llama al { $number }
preview-action-text = SMS al { $number }
preview-action-chat = Chat
preview-action-website = Sitio web
preview-fact-languages = Idiomas: { $list }
preview-fact-languages-none = Idiomas: no indicados
preview-fact-hours = Horario: { $times }
preview-fact-checked = Confirmado con el servicio: { $date }
preview-fact-newest-source = Fuente más reciente: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Fuentes: la página de la propia línea
preview-evidence-corroborated = Fuentes: dos medios independientes
preview-evidence-single = Fuentes: un solo listado
preview-evidence-conflict = Fuentes: no coinciden
preview-fact-country = País: { $code }

## The coverage tab.
preview-coverage-summary = Países y territorios: { $total } · con líneas de ayuda: { $covered } · solo con número de emergencias: { $uncovered }.
preview-coverage-age = Líneas cuya fuente más reciente tiene más de 24 meses: { $stale } de { $total }.
preview-map-caption = Mapa mundial de cobertura
preview-map-line = Con línea de ayuda
preview-map-emergency = Solo número de emergencias
preview-map-none = Sin datos
preview-coverage-legend = Las filas resaltadas solo tienen un número de emergencias, sin ninguna línea de ayuda seleccionada.
preview-coverage-caption = Países y territorios (ordena con los botones de las columnas)
preview-column-code = Código
preview-column-lines = Líneas de ayuda
preview-column-languages = Idiomas
preview-column-emergency = Emergencias
preview-column-stale = Líneas con fuentes antiguas
preview-emergency-only = solo emergencias
preview-error-countries = No se pudieron cargar los países ({ $error }).

## The locales tab.
preview-locales-summary = Idiomas: { $total } · revisados por una persona nativa: { $reviewed }.
preview-locales-caption = Idiomas incluidos y estado de su revisión
preview-column-native-name = Nombre en su idioma
preview-column-direction = Dirección
preview-column-review = Revisión
preview-reviewed = Revisado
preview-not-reviewed = Sin revisar
preview-error-locales = No se pudieron cargar los idiomas ({ $error }).
