namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Absolute links into the product, for e-mails.</summary>
public interface IAppLinks
{
    string Uitnodiging(string token);

    string WachtwoordHerstellen(string email, string token);

    /// <summary>A page of the web client, e.g. <c>/wijkbeelden/{id}</c>, as an absolute link where the public address is known.</summary>
    string Pagina(string pad);
}
