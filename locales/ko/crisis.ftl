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

support-opening = 힘든 일을 겪고 계시다니 정말 마음이 아파요. 이야기해 주셔서 고마워요. 혼자 견디지 않으셔도 돼요.

support-body =
    { $line_state ->
        [open] 지금 바로 { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
        [closed] 지금은 { $line_name } 운영 시간이 아니에요. { $opens_at }부터 다시 운영해요. { support-reach }.{ support-free }
        [unknown] { $line_name }에 연락할 수 있어요. { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] { $directory }에서 가까운 상담 전화를 찾을 수 있어요.
           *[no] 어느 나라에 계신지 알려 주시면 가까운 상담 전화를 찾아 드릴게요. { $directory }에서도 찾을 수 있어요.
        }
    }

support-reach =
    { $reach ->
        [call] { $contact }에 전화하세요
        [text] { $contact }에 문자를 보내세요
        [chat] { $contact }에서 채팅으로 상담하세요
        [whatsapp] WhatsApp으로 { $contact }에 메시지를 보내세요
       *[web] { $contact }에 접속하세요
    }

support-free =
    { $free ->
        [yes] {" "}무료예요.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] 지금 위험한 상황이라면 바로 지역 응급 서비스에 연락하세요.
       *[other] 지금 위험한 상황이라면 바로 { $emergency }에 전화하세요.
    }

support-closing = 믿을 수 있는 사람에게 이야기하는 것도 도움이 될 수 있어요. 이렇게 무거운 마음도 도움을 받으면 조금씩 가벼워질 수 있어요. 저와 계속 이야기하셔도 괜찮아요.

## The question asked when we do not know the person's country.
ask-country = 지금 어느 나라에 계신가요? 알려 주시면 가까운 상담 전화를 안내해 드릴게요.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none").
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] 전화 { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] 문자 { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] 온라인 채팅{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] 무료{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24시간 운영
        [open] 운영 중, { $closes_at }까지
        [closed] 운영 시간 아님, { $opens_at }부터 운영
       *[unknown] 운영 시간 정보 없음
    }
