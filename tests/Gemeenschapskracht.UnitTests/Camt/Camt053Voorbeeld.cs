using System.Globalization;
using System.Text;

namespace Gemeenschapskracht.UnitTests.Camt;

/// <summary>A line of a sample statement: day, eurocents, in or out, counterparty, remittance text, end-to-end id.</summary>
internal sealed record Regel(DateOnly Dag, long Cent, bool Bij, string? Naam = null, string? Tekst = null, string? EndToEnd = null, string? Iban = null);

/// <summary>Builds a small CAMT.053 statement the way Dutch banks send one, in the .001.02 or the .001.08 form.</summary>
internal static class Camt053Voorbeeld
{
    public const string Ns02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
    public const string Ns08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    public const string Rekening = "NL91ABNA0417164300";

    public static string Xml(string id, DateOnly van, DateOnly tot, long begin, IEnumerable<Regel> regels, string ns = Ns02, long? eind = null)
    {
        var lijst = regels.ToList();
        var slot = eind ?? begin + lijst.Sum(r => r.Bij ? r.Cent : -r.Cent);
        var v08 = ns == Ns08;
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="{ns}">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>MSG-{id}</MsgId><CreDtTm>{tot:yyyy-MM-dd}T23:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>{id}</Id>
                  <CreDtTm>{tot:yyyy-MM-dd}T23:00:00</CreDtTm>
                  <FrToDt><FrDtTm>{van:yyyy-MM-dd}T00:00:00</FrDtTm><ToDtTm>{tot:yyyy-MM-dd}T23:59:59</ToDtTm></FrToDt>
                  <Acct><Id><IBAN>{Rekening}</IBAN></Id><Ccy>EUR</Ccy></Acct>
                  {Saldo("OPBD", begin, van)}
                  {Saldo("CLBD", slot, tot)}
            """);
        foreach (var r in lijst)
        {
            var (rol, rekening) = r.Bij ? ("Dbtr", "DbtrAcct") : ("Cdtr", "CdtrAcct");
            var naam = r.Naam is null ? "" : v08 ? $"<{rol}><Pty><Nm>{r.Naam}</Nm></Pty></{rol}>" : $"<{rol}><Nm>{r.Naam}</Nm></{rol}>";
            var iban = r.Iban is null ? "" : $"<{rekening}><Id><IBAN>{r.Iban}</IBAN></Id></{rekening}>";
            xml.Append(CultureInfo.InvariantCulture, $"""
                      <Ntry>
                        <Amt Ccy="EUR">{r.Cent / 100m:0.00}</Amt>
                        <CdtDbtInd>{(r.Bij ? "CRDT" : "DBIT")}</CdtDbtInd>
                        {(v08 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>")}
                        <BookgDt><Dt>{r.Dag:yyyy-MM-dd}</Dt></BookgDt>
                        <ValDt><Dt>{r.Dag:yyyy-MM-dd}</Dt></ValDt>
                        <NtryDtls><TxDtls>
                          <Refs><EndToEndId>{r.EndToEnd ?? "NOTPROVIDED"}</EndToEndId></Refs>
                          <RltdPties>{naam}{iban}</RltdPties>
                          {(r.Tekst is null ? "" : $"<RmtInf><Ustrd>{r.Tekst}</Ustrd></RmtInf>")}
                        </TxDtls></NtryDtls>
                      </Ntry>
                """);
        }
        xml.Append("""
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """);
        return xml.ToString();
    }

    private static string Saldo(string code, long cent, DateOnly dag) => string.Create(CultureInfo.InvariantCulture,
        $"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">{Math.Abs(cent) / 100m:0.00}</Amt><CdtDbtInd>{(cent < 0 ? "DBIT" : "CRDT")}</CdtDbtInd><Dt><Dt>{dag:yyyy-MM-dd}</Dt></Dt></Bal>");

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);
}
