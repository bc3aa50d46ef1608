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

support-opening = Siento mucho que estés pasando por esto, y me alegra que me lo hayas contado. No tienes que enfrentarlo sin apoyo.

support-body =
    { $line_state ->
        [open] Puedes comunicarte con { $line_name } ahora mismo: { support-reach }.{ support-free }
        [closed] { $line_name } no está disponible en este momento y vuelve a atender a las { $opens_at }: { support-reach }.{ support-free }
        [unknown] Puedes comunicarte con { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] En { $directory } puedes encontrar una línea de ayuda cerca de ti.
           *[no] Si me dices en qué país estás, puedo buscarte una línea de ayuda cerca de ti. También puedes encontrar una en { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] llama al { $contact }
        [text] envía un mensaje de texto al { $contact }
        [chat] habla por chat en { $contact }
        [whatsapp] escríbeles por WhatsApp al { $contact }
       *[web] visita { $contact }
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

## The question asked when we do not know the person's country.
ask-country = ¿En qué país estás? Así puedo mostrarte una línea de ayuda cerca de ti.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Cerrado ahora, abre a las { $opens_at }{ summary-schedule }
       *[unknown] Horario no indicado
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
preview-intro = Para quienes mantienen o integran el servicio: lo que mostraría un chatbot, construido solo con la API pública. No pegues aquí conversaciones reales.
preview-views = Vistas
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomas
preview-loading = Cargando…
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
preview-chat-shows = Lo que muestra el chat
preview-raw-json = JSON sin procesar
preview-meta-language = Idioma: { $code } (según { $source })
preview-meta-country = País: { $code } (según { $source })
preview-meta-country-unknown = País: desconocido
preview-meta-locale = Configuración regional: { $code }
preview-meta-lines = Líneas de ayuda: { $count }
preview-international = Directorios internacionales
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
preview-fact-verified = Verificado: { $date }
preview-fact-evidence = Fuentes: { $evidence }
preview-fact-country = País: { $code }
preview-coverage-summary = Países y territorios: { $total } · con líneas de ayuda: { $covered } · solo con número de emergencias: { $uncovered }.
preview-coverage-pending = Leyendo las fechas de verificación… faltan: { $count }.
preview-coverage-oldest = Verificación más antigua de una línea de ayuda: { $date }.
preview-coverage-legend = Las filas resaltadas solo tienen un número de emergencias, sin ninguna línea de ayuda seleccionada.
preview-coverage-caption = Países y territorios (ordena con los botones de las columnas)
preview-column-code = Código
preview-column-lines = Líneas de ayuda
preview-column-languages = Idiomas
preview-column-emergency = Emergencias
preview-column-verified = Verificación más antigua
preview-emergency-only = solo emergencias
preview-error-countries = No se pudieron cargar los países ({ $error }).
preview-locales-summary = Idiomas: { $total } · revisados por una persona nativa: { $reviewed }.
preview-locales-caption = Idiomas incluidos y estado de su revisión
preview-column-native-name = Nombre propio
preview-column-direction = Dirección
preview-column-review = Revisión
preview-reviewed = Revisado
preview-not-reviewed = Sin revisar
preview-error-locales = No se pudieron cargar los idiomas ({ $error }).
