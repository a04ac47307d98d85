using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.ExplainBankmutatie;

/// <summary>
/// The back office explains an open bank line that needs no journal entry (a bank correction that reversed itself, a
/// transfer between the host's own accounts), with the reason; its month may then close.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record ExplainBankmutatieCommand : ICommand<BankafschriftDto>
{
    [JsonIgnore]
    public Guid AdministratieId { get; init; }

    [JsonIgnore]
    public Guid AfschriftId { get; init; }

    [JsonIgnore]
    public Guid MutatieId { get; init; }

    /// <summary>Why this line has no journal entry.</summary>
    public required string Reden { get; init; }
}

public sealed class ExplainBankmutatieValidator : AbstractValidator<ExplainBankmutatieCommand>
{
    public ExplainBankmutatieValidator() => RuleFor(c => c.Reden).RequiredText("de reden waarom deze mutatie geen journaalpost heeft", 500);
}

public sealed class ExplainBankmutatieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ExplainBankmutatieCommand, BankafschriftDto>
{
    public async ValueTask<BankafschriftDto> Handle(ExplainBankmutatieCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var afschrift = await db.Set<Bankafschrift>().VindBankafschriftAsync(administratie.Id, command.AfschriftId, cancellationToken);
        if (afschrift.Mutaties.All(m => m.Id != command.MutatieId))
            throw new NotFoundException("Deze mutatie staat niet op dit bankafschrift.");
        afschrift.Verklaar(command.MutatieId, command.Reden, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(afschrift, cancellationToken);
    }
}
