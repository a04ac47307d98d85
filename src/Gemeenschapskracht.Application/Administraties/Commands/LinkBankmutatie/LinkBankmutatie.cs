using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Domain.Administraties;
using Mediator;

namespace Gemeenschapskracht.Application.Administraties.Commands.LinkBankmutatie;

/// <summary>
/// The back office links an open bank line by hand to a journal entry of the administratie that moves the same amount
/// the same way on the bank account and is not linked to another line.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
public sealed record LinkBankmutatieCommand : ICommand<BankafschriftDto>
{
    [JsonIgnore]
    public Guid AdministratieId { get; init; }

    [JsonIgnore]
    public Guid AfschriftId { get; init; }

    [JsonIgnore]
    public Guid MutatieId { get; init; }

    public required Guid JournaalpostId { get; init; }
}

public sealed class LinkBankmutatieValidator : AbstractValidator<LinkBankmutatieCommand>
{
    public LinkBankmutatieValidator() => RuleFor(c => c.JournaalpostId).NotEqual(Guid.Empty).WithMessage("Kies de journaalpost die bij deze mutatie hoort.");
}

public sealed class LinkBankmutatieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<LinkBankmutatieCommand, BankafschriftDto>
{
    public async ValueTask<BankafschriftDto> Handle(LinkBankmutatieCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var afschrift = await db.Set<Bankafschrift>().VindBankafschriftAsync(administratie.Id, command.AfschriftId, cancellationToken);
        if (afschrift.Mutaties.All(m => m.Id != command.MutatieId))
            throw new NotFoundException("Deze mutatie staat niet op dit bankafschrift.");
        administratie.ReserveerBankkoppelingen(clock.GetUtcNow());
        afschrift.Koppel(command.MutatieId, command.JournaalpostId, await db.PostenAsync(administratie.Id, cancellationToken),
            await db.BankafschriftenAsync(administratie.Id, cancellationToken), user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(afschrift, cancellationToken);
    }
}
