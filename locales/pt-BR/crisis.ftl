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

support-opening = Sinto muito que você esteja passando por isso, e fico feliz que você tenha me contado. Você não precisa enfrentar isso sem apoio.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Você pode falar agora mesmo com { $line_name }: { support-reach }.{ support-free }
               *[label] Você pode falar agora mesmo com uma linha de apoio. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Neste momento, { $line_name } está fora do horário de atendimento; { support-opens } volta a atender: { support-reach }.{ support-free }
               *[label] Esta linha de apoio está fora do horário de atendimento neste momento; { support-opens } volta a atender. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Você pode entrar em contato com { $line_name }: { support-reach }.{ support-free }
               *[label] Você pode procurar esta linha de apoio. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Você pode encontrar uma linha de apoio no seu país em { $directory }.
               *[no] Você também pode encontrar uma linha de apoio em { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] hoje { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [tomorrow] amanhã { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [mon] na segunda-feira { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [tue] na terça-feira { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [wed] na quarta-feira { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [thu] na quinta-feira { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [fri] na sexta-feira { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [sat] no sábado { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [sun] no domingo { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
       *[none] mais tarde
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

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Em que país você está? Assim posso indicar uma linha de apoio no seu país.

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
        [closed] Fechado agora, abre { summary-opens }{ summary-schedule }
       *[unknown] Horário não informado
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [tomorrow] amanhã { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [mon] seg. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [tue] ter. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [wed] qua. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [thu] qui. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [fri] sex. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [sat] sáb. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
        [sun] dom. { $opens_hour ->
            [1] à
           *[other] às
        } { $opens_at }
       *[none] mais tarde
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
preview-protocol-link = Como este serviço encaminha as pessoas para ajuda
preview-intro = Para quem mantém ou integra o serviço: o que um chatbot mostraria, montado só com a API pública. Não cole aqui conversas reais.
preview-views = Visualizações
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomas
preview-loading = Carregando…

## The lookup form.
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

## The answer.
preview-chat-shows = O que o chat mostra
preview-raw-json = JSON bruto
preview-meta-language = Idioma: { $code } (segundo { $source })
preview-meta-country = País: { $code } (segundo { $source })
preview-meta-country-unknown = País: desconhecido
preview-meta-locale = Localidade: { $code }
preview-meta-lines = Linhas de apoio: { $count }
preview-international = Diretórios internacionais

## An answer's emergency numbers and cards, in the answer's language.
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
preview-fact-checked = Confirmado com o serviço: { $date }
preview-fact-newest-source = Fonte mais recente: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Fontes: a própria página da linha
preview-evidence-corroborated = Fontes: duas publicações independentes
preview-evidence-single = Fontes: uma única listagem
preview-evidence-conflict = Fontes: divergentes
preview-fact-country = País: { $code }

## The coverage tab.
preview-coverage-summary = Países e territórios: { $total } · com linhas de apoio: { $covered } · só número de emergência: { $uncovered }.
preview-coverage-age = Linhas cuja fonte mais recente tem mais de 24 meses: { $stale } de { $total }.
preview-map-caption = Mapa-múndi da cobertura
preview-map-line = Com linha de apoio
preview-map-emergency = Só número de emergência
preview-map-none = Sem dados
preview-coverage-legend = As linhas destacadas da tabela só têm número de emergência, sem nenhuma linha de apoio selecionada.
preview-coverage-caption = Países e territórios (ordene com os botões das colunas)
preview-column-code = Código
preview-column-lines = Linhas de apoio
preview-column-languages = Idiomas
preview-column-emergency = Emergência
preview-column-stale = Linhas com fontes antigas
preview-emergency-only = só emergência
preview-error-countries = Não foi possível carregar os países ({ $error }).

## The locales tab.
preview-locales-summary = Idiomas: { $total } · revisados por falante nativo: { $reviewed }.
preview-locales-caption = Idiomas incluídos e situação da revisão
preview-column-native-name = Nome no idioma
preview-column-direction = Direção
preview-column-review = Revisão
preview-reviewed = Revisado
preview-not-reviewed = Não revisado
preview-error-locales = Não foi possível carregar os idiomas ({ $error }).
