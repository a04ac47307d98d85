using FluentValidation;
using Gemeenschapskracht.Application.BuurtTops.Shared;

namespace Gemeenschapskracht.Application.BuurtTops.Commands.UpdateBuurtTop;

public sealed class UpdateBuurtTopValidator : AbstractValidator<UpdateBuurtTopCommand>
{
    public UpdateBuurtTopValidator() => this.AddBuurtTopRules(c => c.Titel, c => c.Plek, c => c.Capaciteit, c => c.Organisator);
}
