// Binds the base domain and the wildcard *.<base domain> (tenant hosts such as amsterdam.<base domain>) to the
// web app with SNI TLS. Before the first deployment with a TLS certificate, DNS must have: an A record (apex) and a
// CNAME (*.<base domain>) to the app, and the TXT record asuid.<base domain> with the site's
// customDomainVerificationId (output of main.bicep), which verifies both names. App Service managed certificates do
// not cover wildcards, so the certificate (apex + wildcard in one) comes from Key Vault (web-certificates.bicep).

@description('Name of the web app.')
param siteName string

@description('Base domain, e.g. gemeenschapskracht.example.nl.')
param baseDomain string

@description('Thumbprint of the imported TLS certificate.')
param tlsThumbprint string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

// One at a time: App Service refuses concurrent changes to the host names of one site.
@batchSize(1)
resource bindings 'Microsoft.Web/sites/hostNameBindings@2025-03-01' = [
  for hostName in [baseDomain, '*.${baseDomain}']: {
    parent: site
    name: hostName
    properties: {
      siteName: site.name
      hostNameType: 'Verified'
      sslState: 'SniEnabled'
      thumbprint: tlsThumbprint
    }
  }
]
