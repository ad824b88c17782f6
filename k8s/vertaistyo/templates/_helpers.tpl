{{/* Names and labels shared by every template. */}}
{{- define "vertaistyo.baseLabels" -}}
app.kubernetes.io/part-of: vertaistyo
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "vertaistyo.labels" -}}
{{ include "vertaistyo.baseLabels" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Selector labels of one service: (dict "root" $ "name" "payout") */}}
{{- define "vertaistyo.selector" -}}
app.kubernetes.io/name: {{ .name }}-service
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "vertaistyo.fullname" -}}
{{ printf "%s-%s-service" .root.Release.Name .name | trunc 63 | trimSuffix "-" }}
{{- end -}}

{{/* Kafka: bootstrap address, and the Secret holding a service's SASL/SCRAM login (sasl.jaas.config). */}}
{{- define "vertaistyo.kafkaBootstrap" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{ .Values.kafka.strimzi.clusterName }}-kafka-bootstrap:{{ if .Values.kafka.tls }}9093{{ else }}9092{{ end }}
{{- else -}}
{{ required "kafka.existing.bootstrapServers is required when kafka.strimzi.enabled is false" .Values.kafka.existing.bootstrapServers }}
{{- end -}}
{{- end -}}

{{- define "vertaistyo.kafkaUser" -}}
{{ include "vertaistyo.fullname" . }}
{{- end -}}

{{- define "vertaistyo.dbHost" -}}
{{- if .Values.postgres.cnpg.enabled -}}
{{ .Values.postgres.cnpg.clusterName }}-rw
{{- else -}}
{{ required "postgres.existing.host is required when postgres.cnpg.enabled is false" .Values.postgres.existing.host }}
{{- end -}}
{{- end -}}

{{- define "vertaistyo.dbPort" -}}
{{ if .Values.postgres.cnpg.enabled }}5432{{ else }}{{ .Values.postgres.existing.port }}{{ end }}
{{- end -}}

{{- define "vertaistyo.issuer" -}}
{{- if .Values.keycloak.issuerUrl -}}
{{ .Values.keycloak.issuerUrl }}
{{- else if .Values.keycloak.operator.enabled -}}
https://{{ .Values.keycloak.operator.hostname }}/realms/vertaistyo
{{- else -}}
{{ fail "keycloak.issuerUrl is required when keycloak.operator.enabled is false" }}
{{- end -}}
{{- end -}}

{{/* Where the services fetch the realm's keys: inside the cluster when the chart runs Keycloak (the
tokens still name the public issuer, checked as quarkus.oidc.token.issuer). */}}
{{- define "vertaistyo.oidcServerUrl" -}}
{{- if and .Values.keycloak.operator.enabled (not .Values.keycloak.issuerUrl) -}}
http://{{ .Release.Name }}-keycloak-service:8080/realms/vertaistyo
{{- else -}}
{{ include "vertaistyo.issuer" . }}
{{- end -}}
{{- end -}}

{{/* Settings of one service: the workload defaults overlaid with services.<name>. */}}
{{- define "vertaistyo.workload" -}}
{{- $own := omit .service "enabled" "path" "database" "topics" -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.workload) $own) -}}
{{- end -}}
