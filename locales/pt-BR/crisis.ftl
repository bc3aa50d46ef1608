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

support-opening = Sinto muito que você esteja passando por isso, e fico feliz que tenha falado. Você não precisa enfrentar isso sem apoio.

support-body =
    { $line_state ->
        [open] Você pode falar com { $line_name } agora mesmo: { support-reach }.{ support-free }
        [closed] { $line_name } está fora do horário de atendimento agora e volta a atender às { $opens_at }: { support-reach }.{ support-free }
        [unknown] Você pode entrar em contato com { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Você pode encontrar uma linha de apoio perto de você em { $directory }.
           *[no] Se você me disser em que país está, posso encontrar uma linha de apoio perto de você. Você também pode encontrar uma em { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ligue para { $contact }
        [text] envie um SMS para { $contact }
        [chat] converse pelo chat em { $contact }
        [whatsapp] mande uma mensagem no WhatsApp para { $contact }
       *[web] acesse { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}É gratuito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Se você estiver em perigo imediato, procure agora os serviços de emergência da sua região.
       *[other] Se você estiver em perigo imediato, ligue agora para { $emergency }.
    }

support-closing = Conversar com alguém de confiança também pode ajudar. Sentimentos tão pesados podem ficar mais leves com apoio, e você pode continuar conversando comigo.

## The question asked when we do not know the person's country.
ask-country = Em que país você está? Assim posso mostrar uma linha de apoio perto de você.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ligue { $phone }{" · "}
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
        [always] Atende 24 horas
        [open] Aberto agora, até { $closes_at }{ summary-schedule }
        [closed] Fechado agora, abre às { $opens_at }{ summary-schedule }
       *[unknown] Horário não informado
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(todos os dias, das { $from } às { $to })
        [days] {" "}(de { summary-first-day } a { summary-last-day }, das { $from } às { $to })
        [day] {" "}({ summary-first-day }, das { $from } às { $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] seg.
        [tue] ter.
        [wed] qua.
        [thu] qui.
        [fri] sex.
        [sat] sáb.
       *[sun] dom.
    }
summary-last-day =
    { $last ->
        [mon] seg.
        [tue] ter.
        [wed] qua.
        [thu] qui.
        [fri] sex.
        [sat] sáb.
       *[sun] dom.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Prévia do crisis-lookup
preview-heading = prévia
preview-skip = Ir para o conteúdo
preview-intro = Para quem mantém ou integra o serviço: o que um chatbot mostraria, montado só com a API pública. Não cole aqui conversas reais.
preview-views = Visualizações
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomas
preview-loading = Carregando…
preview-message = Mensagem
preview-message-hint = Usada só para identificar o idioma.
preview-locale = Localidade
preview-locale-none = — nenhuma —
preview-country = País
preview-country-unknown = — desconhecido —
preview-topics = Temas
preview-topics-hint = Separados por vírgula, por exemplo: { $examples }
preview-channels = Canais
preview-channel-phone = Telefone
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Consultar
preview-error-vocabularies = Não foi possível carregar os países ou os idiomas ({ $error }).
preview-error-lookup = Não foi possível fazer a consulta ({ $error }).
preview-chat-shows = O que o chat mostra
preview-raw-json = JSON bruto
preview-meta-language = Idioma: { $code } (segundo { $source })
preview-meta-country = País: { $code } (segundo { $source })
preview-meta-country-unknown = País: desconhecido
preview-meta-locale = Localidade: { $code }
preview-meta-lines = Linhas de apoio: { $count }
preview-international = Diretórios internacionais
preview-emergency = Emergência:
preview-police = polícia
preview-ambulance = ambulância
preview-fire = bombeiros
preview-open-now = Aberto agora
preview-closed-now = Fechado agora
preview-hours-unknown = Horário desconhecido
preview-action-call = Ligue { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Site
preview-fact-languages = Idiomas: { $list }
preview-fact-languages-none = Idiomas: não informados
preview-fact-hours = Horário: { $times }
preview-fact-verified = Verificado: { $date }
preview-fact-evidence = Fontes: { $evidence }
preview-fact-country = País: { $code }
preview-coverage-summary = Países e territórios: { $total } · com linhas de apoio: { $covered } · só número de emergência: { $uncovered }.
preview-coverage-pending = Lendo as datas de verificação… faltam: { $count }.
preview-coverage-oldest = Verificação mais antiga de uma linha de apoio: { $date }.
preview-coverage-legend = As linhas destacadas da tabela só têm número de emergência, sem nenhuma linha de apoio selecionada.
preview-coverage-caption = Países e territórios (ordene com os botões das colunas)
preview-column-code = Código
preview-column-lines = Linhas de apoio
preview-column-languages = Idiomas
preview-column-emergency = Emergência
preview-column-verified = Verificação mais antiga
preview-emergency-only = só emergência
preview-error-countries = Não foi possível carregar os países ({ $error }).
preview-locales-summary = Idiomas: { $total } · revisados por falante nativo: { $reviewed }.
preview-locales-caption = Idiomas incluídos e situação da revisão
preview-column-native-name = Nome no idioma
preview-column-direction = Direção
preview-column-review = Revisão
preview-reviewed = Revisado
preview-not-reviewed = Não revisado
preview-error-locales = Não foi possível carregar os idiomas ({ $error }).
