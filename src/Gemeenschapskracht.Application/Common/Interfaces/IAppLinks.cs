namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>Absolute links into the product, for e-mails.</summary>
public interface IAppLinks
{
    string Uitnodiging(string token);

    string WachtwoordHerstellen(string email, string token);
}
