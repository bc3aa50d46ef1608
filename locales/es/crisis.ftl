### Supportive text shown to a person who may be in crisis.
### Follow ../shared/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
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
## $closes_at / $opens_at ("22:30", or "none").
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
        [open] Abierto ahora, hasta las { $closes_at }
        [closed] Cerrado ahora, abre a las { $opens_at }
       *[unknown] Horario no indicado
    }
