namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The accounts of people (ASP.NET Core Identity in the infrastructure): what accepting an invitation and an erasure need.</summary>
public interface IUserAccounts
{
    /// <returns>The account's id, or null when nobody has an account with this address.</returns>
    Task<Guid?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    /// <returns>The new account's id, or the Dutch reasons the password (or address) was refused.</returns>
    Task<AccountCreation> CreateAsync(string email, string naam, string wachtwoord, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the person from the account (AVG art. 17): the address and name become the pseudonym, the password,
    /// two-factor key and external logins go, and the account can never sign in again. The id stays, so the audit trail
    /// still shows that one person did what it records, without saying who.
    /// </summary>
    Task AnonymiseAsync(Guid userId, string pseudoniem, CancellationToken cancellationToken);
}

public sealed record AccountCreation(Guid? UserId, IReadOnlyList<string> Fouten);
