using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Gemeenschapskracht.Domain.Common;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.RecordEvaluatiemoment;

/// <summary>The bewonersorganisatie records the review of one year of a running agreement, with its summary.</summary>
[Authorize(Roles = Roles.Bewonersorganisatie)]
public sealed record RecordEvaluatiemomentCommand : ICommand<DienstverleningsafspraakDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int Jaar { get; init; }

    /// <summary>What the residents make of the work this year.</summary>
    public required string Samenvatting { get; init; }
}

public sealed class RecordEvaluatiemomentValidator : AbstractValidator<RecordEvaluatiemomentCommand>
{
    public RecordEvaluatiemomentValidator() =>
        RuleFor(c => c.Samenvatting).Cascade(CascadeMode.Stop)
            .Must(v => !Tekst.IsBlank(v)).WithMessage("Vul de samenvatting van de evaluatie in.")
            .Must(v => Tekst.IsSafe(v, multiline: true)).WithMessage("De samenvatting bevat tekens die niet zijn toegestaan.")
            .MaximumLength(4000).WithMessage("De samenvatting mag hoogstens 4000 tekens lang zijn.");
}

public sealed class RecordEvaluatiemomentHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordEvaluatiemomentCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(RecordEvaluatiemomentCommand command, CancellationToken cancellationToken)
    {
        var afspraak = await db.ZichtbareAfspraken(user).VindAsync(command.Id, cancellationToken);
        afspraak.Evalueer(command.Jaar, user.AlsPartij("legt een evaluatiemoment vast"), command.Samenvatting, user.Weergavenaam, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
