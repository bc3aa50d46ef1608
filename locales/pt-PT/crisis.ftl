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

support-opening = Lamento muito que esteja a passar por isto, e ainda bem que falou comigo. Não tem de enfrentar isto sem apoio.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Pode contactar agora mesmo { $line_name }: { support-reach }.{ support-free }
               *[label] Pode contactar agora mesmo uma linha de apoio. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Neste momento, { $line_name } não está disponível; { support-opens } volta a atender: { support-reach }.{ support-free }
               *[label] Esta linha de apoio não está disponível neste momento; { support-opens } volta a atender. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Pode contactar { $line_name }: { support-reach }.{ support-free }
               *[label] Pode contactar esta linha de apoio. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Em { $directory } pode encontrar uma linha de apoio no seu país.
               *[no] Também pode encontrar uma linha de apoio em { $directory }.
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

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Em que país está? Assim posso indicar-lhe uma linha de apoio no seu país.

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
        [open] Aberto agora, até às { $closes_at }{ summary-schedule }
        [closed] Fechado agora, abre { summary-opens }{ summary-schedule }
       *[unknown] Horário não indicado
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

preview-page-title = Pré-visualização do crisis-lookup
preview-heading = pré-visualização
preview-skip = Ir para o conteúdo
preview-protocol-link = Como este serviço encaminha as pessoas para ajuda
preview-intro = Para quem mantém ou integra o serviço: o que um chatbot mostraria, construído apenas com a API pública. Não cole aqui conversas reais.
preview-views = Vistas
preview-tab-lookup = Consulta
preview-tab-coverage = Cobertura
preview-tab-locales = Idiomas
preview-loading = A carregar…

## The lookup form.
preview-message = Mensagem
preview-message-hint = Usada apenas para identificar o idioma.
preview-locale = Região e idioma
preview-locale-none = — nenhum —
preview-country = País
preview-country-unknown = — desconhecido —
preview-topics = Temas
preview-topics-hint = Separados por vírgulas, por exemplo: { $examples }
preview-channels = Canais
preview-channel-phone = Telefone
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Consultar
preview-error-vocabularies = Não foi possível carregar os países ou os idiomas ({ $error }).
preview-error-lookup = Não foi possível fazer a consulta ({ $error }).

## The answer.
preview-chat-shows = O que o chat mostra
preview-raw-json = JSON em bruto
preview-meta-language = Idioma: { $code } (segundo { $source })
preview-meta-country = País: { $code } (segundo { $source })
preview-meta-country-unknown = País: desconhecido
preview-meta-locale = Região e idioma: { $code }
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
preview-action-call = Ligar para o { $number }
preview-action-text = SMS para o { $number }
preview-action-chat = Chat
preview-action-website = Sítio web
preview-fact-languages = Idiomas: { $list }
preview-fact-languages-none = Idiomas: não indicados
preview-fact-hours = Horário: { $times }
preview-fact-checked = Confirmado junto do serviço: { $date }
preview-fact-newest-source = Fonte mais recente: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Fontes: a página da própria linha
preview-evidence-corroborated = Fontes: duas publicações independentes
preview-evidence-single = Fontes: uma única listagem
preview-evidence-conflict = Fontes: divergentes
preview-fact-country = País: { $code }

## The coverage tab.
preview-coverage-summary = Países e territórios: { $total } · com linhas de apoio: { $covered } · apenas número de emergência: { $uncovered }.
preview-coverage-age = Linhas cuja fonte mais recente tem mais de 24 meses: { $stale } de { $total }.
preview-map-caption = Mapa-múndi da cobertura
preview-map-line = Com linha de apoio
preview-map-emergency = Apenas número de emergência
preview-map-none = Sem dados
preview-coverage-legend = As linhas da tabela destacadas têm apenas número de emergência, sem nenhuma linha de apoio selecionada.
preview-coverage-caption = Países e territórios (ordene com os botões das colunas)
preview-column-code = Código
preview-column-lines = Linhas de apoio
preview-column-languages = Idiomas
preview-column-emergency = Emergência
preview-column-stale = Linhas com fontes antigas
preview-emergency-only = apenas emergência
preview-error-countries = Não foi possível carregar os países ({ $error }).

## The locales tab.
preview-locales-summary = Idiomas: { $total } · revistos por falante nativo: { $reviewed }.
preview-locales-caption = Idiomas incluídos e estado da revisão
preview-column-native-name = Nome no idioma
preview-column-direction = Direção
preview-column-review = Revisão
preview-reviewed = Revisto
preview-not-reviewed = Não revisto
preview-error-locales = Não foi possível carregar os idiomas ({ $error }).
