using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RecordAfwikkeling;

/// <summary>
/// Records a payment that settles a vaststelling, as the financial system shows it: the nabetaling the gemeente paid, or
/// what the recipient paid back of a terugvordering (instalments allowed, never more than is open).
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RecordAfwikkelingCommand : ICommand<VaststellingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    public required long BedragEurocent { get; init; }

    /// <summary>The reference of the payment as the bank statement shows it.</summary>
    public required string Kenmerk { get; init; }
}

public sealed class RecordAfwikkelingValidator : AbstractValidator<RecordAfwikkelingCommand>
{
    public RecordAfwikkelingValidator()
    {
        RuleFor(c => c.BedragEurocent).GreaterThan(0).WithMessage("Het bedrag is groter dan nul.");
        RuleFor(c => c.Kenmerk).RequiredText("het kenmerk van de betaling", 35);
    }
}

public sealed class RecordAfwikkelingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordAfwikkelingCommand, VaststellingDto>
{
    public async ValueTask<VaststellingDto> Handle(RecordAfwikkelingCommand command, CancellationToken cancellationToken)
    {
        var vaststelling = await db.ZichtbareVaststellingen(user).VindAsync(command.Id, cancellationToken);
        vaststelling.RegistreerAfwikkeling(new Bedrag(command.BedragEurocent), command.Datum, command.Kenmerk, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return vaststelling.ToDto();
    }
}
