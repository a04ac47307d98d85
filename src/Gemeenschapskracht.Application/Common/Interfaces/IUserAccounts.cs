namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>The accounts of people (ASP.NET Core Identity in the infrastructure): what accepting an invitation needs.</summary>
public interface IUserAccounts
{
    /// <returns>The account's id, or null when nobody has an account with this address.</returns>
    Task<Guid?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> CheckPasswordAsync(Guid userId, string password, CancellationToken cancellationToken);

    /// <returns>The new account's id, or the Dutch reasons the password (or address) was refused.</returns>
    Task<AccountCreation> CreateAsync(string email, string naam, string wachtwoord, CancellationToken cancellationToken);
}

public sealed record AccountCreation(Guid? UserId, IReadOnlyList<string> Fouten);
