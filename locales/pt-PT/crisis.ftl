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

support-opening = Lamento muito que esteja a passar por isto, e ainda bem que falou comigo. Não tem de enfrentar isto sem apoio.

support-body =
    { $line_state ->
        [open] Pode contactar { $line_name } agora mesmo: { support-reach }.{ support-free }
        [closed] { $line_name } não está disponível de momento e volta a atender às { $opens_at }: { support-reach }.{ support-free }
        [unknown] Pode contactar { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Em { $directory } pode encontrar uma linha de apoio perto de si.
           *[no] Se me disser em que país está, posso procurar uma linha de apoio perto de si. Também pode encontrar uma em { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ligue para o { $contact }
        [text] envie um SMS para o { $contact }
        [chat] fale por chat em { $contact }
        [whatsapp] envie uma mensagem por WhatsApp para o { $contact }
       *[web] aceda a { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}É gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se estiver em perigo imediato, contacte já os serviços de emergência da sua zona.
       *[other] Se estiver em perigo imediato, ligue já para o { $emergency }.
    }

support-closing = Falar com alguém em quem confia também pode ajudar. Com apoio, sentimentos tão pesados podem tornar-se mais leves, e pode continuar a falar comigo.

## The question asked when we do not know the person's country.
ask-country = Em que país está? Assim posso indicar-lhe uma linha de apoio perto de si.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ligar para o { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS para o { $sms }{" · "}
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
        [always] Disponível 24 horas por dia
        [open] Aberto agora, até às { $closes_at }
        [closed] Fechado agora, abre às { $opens_at }
       *[unknown] Horário não indicado
    }
